package nl.cultuurschakel.binnenbuiten.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart, drawn on the server as SVG with a table alternative. Each bar has its
 * label on a line above it and its value just right of it. All geometry is computed here,
 * as plain numbers with a point for decimals, never in the reader's language: SVG does
 * not read {@code 360,0}.
 *
 * @param id a stable id for the page (anchors, aria references)
 * @param titleKey message key of the title
 * @param bars the bars, in order
 */
public record Chart(String id, String titleKey, List<Bar> bars) {

	/** Width of the drawing in SVG units; the page shows it at about as many pixels. */
	static final int WIDTH = 360;

	/** Height of one bar with its label line and the gap below. */
	static final int ROW = 42;

	static final int LABEL_BASELINE = 14;

	static final int BAR_TOP = 19;

	static final int BAR_HEIGHT = 16;

	/** Space between the end of a bar and its value. */
	static final int GAP = 6;

	/**
	 * Room for one character of a value at the chart's font size (13 px); a little more
	 * than a digit or a thousands separator takes, so values are never cut off.
	 */
	public static final double CHARACTER = 8.5;

	/** The thinnest bar a value other than zero gets, so that it stays visible. */
	static final double THINNEST = 2;

	/**
	 * One bar: a label (a message key, or a text when {@code labelKey} is null) and a
	 * count.
	 */
	public record Bar(String label, String labelKey, long value) {

		public static Bar text(String label, long value) {
			return new Bar(label, null, value);
		}

		public static Bar key(String labelKey, long value) {
			return new Bar(null, labelKey, value);
		}

	}

	/**
	 * Where one bar is drawn, in SVG units written as plain numbers.
	 */
	public record Row(Bar bar, String labelY, String barY, String barHeight, String barWidth, String valueX,
			String valueY) {

	}

	/** The largest value, at least 1, to scale the bars. */
	public long max() {
		return this.bars.stream().mapToLong(Bar::value).reduce(1, Math::max);
	}

	public boolean isEmpty() {
		return this.bars.stream().allMatch((bar) -> bar.value() == 0);
	}

	/** The SVG's {@code width}. */
	public String width() {
		return String.valueOf(WIDTH);
	}

	/** The SVG's {@code height}: one row per bar. */
	public String height() {
		return String.valueOf(Math.max(1, this.bars.size()) * ROW);
	}

	/** The SVG's {@code viewBox}. */
	public String viewBox() {
		return "0 0 " + width() + " " + height();
	}

	/**
	 * The bars with their geometry. The longest bar leaves room at the right for the
	 * widest value, written with thousands separators.
	 */
	public List<Row> rows() {
		double longest = WIDTH - GAP - CHARACTER * characters(max());
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < this.bars.size(); i++) {
			Bar bar = this.bars.get(i);
			double width = (bar.value() == 0) ? 0 : Math.max(THINNEST, longest * bar.value() / max());
			int top = i * ROW;
			rows.add(new Row(bar, number(top + LABEL_BASELINE), number(top + BAR_TOP), number(BAR_HEIGHT),
					number(width), number(width + GAP), number(top + BAR_TOP + BAR_HEIGHT - 3)));
		}
		return rows;
	}

	/** Characters of a count with a separator per three digits ("12.345"). */
	static int characters(long value) {
		int digits = String.valueOf(Math.abs(value)).length();
		return digits + (digits - 1) / 3;
	}

	/** A plain number for SVG: a point for decimals, at most one decimal, no grouping. */
	static String number(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
