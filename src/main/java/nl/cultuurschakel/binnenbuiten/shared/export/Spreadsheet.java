package nl.cultuurschakel.binnenbuiten.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;

/**
 * An XLSX workbook written the same way for every export: sheet titles and headers from
 * the messages in the user's language, a bold header row that stays in view (frozen
 * pane), column widths that fit the contents, and typed cells — dates as dates, numbers
 * as numbers, {@link Money} in euros, {@link Percent} as a percentage. Apache POI's
 * streaming workbook keeps only a window of rows in memory, so exports of any length fit.
 * <p>
 * Text cells are stored as text and never run as formulas, so they need no guard.
 */
public final class Spreadsheet implements Closeable {

	/** Rows kept in memory per sheet; older ones go to a temporary file. */
	private static final int WINDOW = 100;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final MessageSource messages;

	private final Locale locale;

	private final Styles styles;

	private final List<SheetWriter> sheets = new ArrayList<>();

	public Spreadsheet(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.styles = new Styles(this.workbook);
	}

	/** A text from the messages in the workbook's language. */
	public String text(String key) {
		return this.messages.getMessage(key, null, key, this.locale);
	}

	/**
	 * A new sheet with its title and the header texts behind message keys.
	 */
	public SheetWriter sheet(String titleKey, String... headerKeys) {
		return sheet(titleKey, Arrays.stream(headerKeys).map(this::text).toList());
	}

	/**
	 * A new sheet with its title behind a message key and the given header texts.
	 */
	public SheetWriter sheet(String titleKey, List<String> headers) {
		SheetWriter sheet = new SheetWriter(this.workbook.createSheet(WorkbookUtil.createSafeSheetName(text(titleKey))),
				this.styles, headers);
		this.sheets.add(sheet);
		return sheet;
	}

	public void write(OutputStream out) {
		try {
			this.sheets.forEach(SheetWriter::fitColumns);
			this.workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] toByteArray() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(out);
		return out.toByteArray();
	}

	/** Removes the temporary files of the streaming workbook. */
	@Override
	public void close() {
		try {
			this.workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The cell styles of a workbook (a workbook holds a limited number, so they are made
	 * once).
	 */
	record Styles(CellStyle header, CellStyle date, CellStyle money, CellStyle percent) {

		static final String DATE_FORMAT = "yyyy-mm-dd";

		static final String MONEY_FORMAT = "\"€ \"#,##0.00";

		static final String PERCENT_FORMAT = "0%";

		Styles(SXSSFWorkbook workbook) {
			this(headerStyle(workbook), format(workbook, DATE_FORMAT), format(workbook, MONEY_FORMAT),
					format(workbook, PERCENT_FORMAT));
		}

		private static CellStyle headerStyle(SXSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle style = workbook.createCellStyle();
			style.setFont(bold);
			return style;
		}

		private static CellStyle format(SXSSFWorkbook workbook, String format) {
			DataFormat formats = workbook.createDataFormat();
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(formats.getFormat(format));
			return style;
		}

	}

}
