package nl.cultuurschakel.binnenbuiten.shared.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One sheet of a {@link Spreadsheet}: the header row, then one row per call, each value
 * in a cell of its type. Remembers the widest value per column to size the columns.
 */
public final class SheetWriter {

	/** Column widths in characters. */
	static final int MIN_WIDTH = 8;

	static final int MAX_WIDTH = 60;

	private final Sheet sheet;

	private final Spreadsheet.Styles styles;

	private final int[] widths;

	private int next;

	SheetWriter(Sheet sheet, Spreadsheet.Styles styles, List<String> headers) {
		this.sheet = sheet;
		this.styles = styles;
		this.widths = new int[headers.size()];
		Row header = sheet.createRow(this.next++);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(styles.header());
			// Bold text is a little wider.
			measure(i, headers.get(i).length() + 1);
		}
		sheet.createFreezePane(0, 1);
	}

	public SheetWriter row(Object... values) {
		return row(Arrays.asList(values));
	}

	public SheetWriter row(List<?> values) {
		Row row = this.sheet.createRow(this.next++);
		for (int i = 0; i < values.size(); i++) {
			write(row.createCell(i), i, values.get(i));
		}
		return this;
	}

	private void write(Cell cell, int column, Object value) {
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(this.styles.date());
			measure(column, Spreadsheet.Styles.DATE_FORMAT.length());
		}
		else if (value instanceof Money money) {
			if (money.euros() != null) {
				// A spreadsheet holds binary floating point; two decimals show exactly,
				// and
				// all arithmetic stays in BigDecimal and SQL.
				cell.setCellValue(money.euros().doubleValue());
				cell.setCellStyle(this.styles.money());
				measure(column, "€ ".length() + grouped(money.euros().setScale(2, RoundingMode.HALF_UP)));
			}
		}
		else if (value instanceof Percent percent) {
			if (percent.whole() != null) {
				cell.setCellValue(percent.fraction().doubleValue());
				cell.setCellStyle(this.styles.percent());
				measure(column, percent.whole().toPlainString().length() + 1);
			}
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
			measure(column, (number instanceof BigDecimal decimal) ? decimal.toPlainString().length()
					: number.toString().length());
		}
		else if (value != null) {
			String text = value.toString();
			cell.setCellValue(text);
			measure(column, longestLine(text));
		}
	}

	/** Sets the widths once all rows are written (a streamed sheet cannot measure). */
	void fitColumns() {
		for (int i = 0; i < this.widths.length; i++) {
			int characters = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, this.widths[i] + 2));
			this.sheet.setColumnWidth(i, characters * 256);
		}
	}

	private void measure(int column, int characters) {
		if (column < this.widths.length) {
			this.widths[column] = Math.max(this.widths[column], characters);
		}
	}

	/** Characters of an amount with thousands separators. */
	private static int grouped(BigDecimal amount) {
		String plain = amount.abs().toPlainString();
		int integerDigits = plain.indexOf('.') >= 0 ? plain.indexOf('.') : plain.length();
		return plain.length() + (integerDigits - 1) / 3 + (amount.signum() < 0 ? 1 : 0);
	}

	private static int longestLine(String text) {
		return text.lines().mapToInt(String::length).max().orElse(0);
	}

}
