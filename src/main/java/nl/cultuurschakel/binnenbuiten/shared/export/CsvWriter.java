package nl.cultuurschakel.binnenbuiten.shared.export;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV of every export, written as Dutch Excel opens it: UTF-8 with a byte order mark,
 * {@code ;} between fields, CRLF between records, quotes where a field needs them (Apache
 * Commons CSV's Excel format). Dates are ISO ({@code 2026-12-01}), times {@code 15:30},
 * decimals with a decimal comma, in every language, so a file reads the same everywhere.
 * <p>
 * One guard against spreadsheet formulas (CSV injection, OWASP): text starting with
 * {@code = + - @}, a tab or a carriage return gets a leading {@code '}, so a spreadsheet
 * shows it as text and never runs it. Numbers ({@link Number}, {@link Money},
 * {@link Percent}) are written as numbers without the guard: "-5" from a number stays a
 * number, while the text "-5" is guarded like any other text.
 * <p>
 * Rows go straight to the stream, so an export of any length needs little memory.
 */
public final class CsvWriter implements Flushable {

	/** Characters a spreadsheet may take as the start of a formula. */
	static final String FORMULA_STARTS = "=+-@\t\r";

	private static final char BOM = '\uFEFF';

	private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final CSVPrinter printer;

	private CsvWriter(Writer writer) throws IOException {
		writer.write(BOM);
		this.printer = new CSVPrinter(writer, FORMAT);
	}

	/**
	 * A writer to the given stream; starts with the byte order mark. Call
	 * {@link #flush()} when done (the stream is not closed).
	 */
	public static CsvWriter to(OutputStream out) {
		try {
			return new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A whole (small) CSV file in memory.
	 */
	public static byte[] bytes(Consumer<CsvWriter> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvWriter csv = to(out);
		rows.accept(csv);
		csv.flush();
		return out.toByteArray();
	}

	public CsvWriter row(List<?> values) {
		try {
			this.printer.printRecord(values.stream().map(CsvWriter::field));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public CsvWriter row(Object... values) {
		return row(Arrays.asList(values));
	}

	@Override
	public void flush() {
		try {
			this.printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text of one field before quoting.
	 */
	static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Money money) {
			return (money.euros() != null) ? decimal(money.euros().setScale(2, RoundingMode.HALF_UP)) : "";
		}
		if (value instanceof Percent percent) {
			return (percent.whole() != null) ? decimal(percent.whole()) + "%" : "";
		}
		if (value instanceof BigDecimal number) {
			return decimal(number);
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof LocalTime time) {
			return TIME.format(time);
		}
		return guard(value.toString());
	}

	/**
	 * Text as a spreadsheet shows it but never runs it: a leading {@code '} before a
	 * character that could start a formula.
	 */
	public static String guard(String text) {
		return (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	private static String decimal(BigDecimal number) {
		return number.toPlainString().replace('.', ',');
	}

}
