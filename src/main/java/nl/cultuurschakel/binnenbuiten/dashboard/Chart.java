package nl.cultuurschakel.binnenbuiten.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bar chart, rendered on the server as SVG with a table alternative.
 *
 * @param id a stable id for the page (anchors, aria references)
 * @param titleKey message key of the title
 * @param bars the bars, in order
 */
public record Chart(String id, String titleKey, List<Bar> bars) {

	/**
	 * One bar: a label (a message key, or a text when {@code labelKey} is null) and a
	 * value.
	 */
	public record Bar(String label, String labelKey, BigDecimal value) {

		public static Bar text(String label, long value) {
			return new Bar(label, null, BigDecimal.valueOf(value));
		}

		public static Bar key(String labelKey, long value) {
			return new Bar(null, labelKey, BigDecimal.valueOf(value));
		}

	}

	/** The largest value, at least 1, to scale the bars. */
	public BigDecimal max() {
		return this.bars.stream().map(Bar::value).reduce(BigDecimal.ONE, BigDecimal::max);
	}

	/** The width of a bar in percent of the chart's plotting width. */
	public double widthOf(Bar bar) {
		return bar.value().doubleValue() * 100.0 / max().doubleValue();
	}

	public boolean isEmpty() {
		return this.bars.stream().allMatch((bar) -> bar.value().signum() == 0);
	}

	/** Height of the SVG: one row per bar. */
	public int height() {
		return Math.max(1, this.bars.size()) * 28 + 8;
	}

}
