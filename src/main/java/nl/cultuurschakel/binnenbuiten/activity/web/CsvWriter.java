package nl.cultuurschakel.binnenbuiten.activity.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Values as CSV for spreadsheets (Dutch Excel): semicolons between fields, quotes where
 * needed, and no cell that a spreadsheet would run as a formula.
 */
final class CsvWriter {

	private final StringBuilder out = new StringBuilder("\uFEFF");

	CsvWriter row(List<?> values) {
		this.out.append(values.stream().map(CsvWriter::cell).collect(Collectors.joining(";"))).append("\r\n");
		return this;
	}

	CsvWriter row(Object... values) {
		return row(Stream.of(values).toList());
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				|| text.contains(",")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
