package nl.cultuurschakel.binnenbuiten.shared.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conventions of every XLSX export, read back with POI.
 */
class SpreadsheetTests {

	private static final int DEFAULT_WIDTH = 8 * 256;

	@Test
	void headerIsBoldAndFrozenOnEverySheetWithTitlesFromTheMessages() throws IOException {
		try (XSSFWorkbook workbook = write((spreadsheet) -> {
			spreadsheet.sheet("sheet.one", "column.title").row("a");
			spreadsheet.sheet("sheet.two", "column.title");
		})) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			assertThat(workbook.getSheetName(0)).isEqualTo("Blad één");
			for (Sheet sheet : workbook) {
				PaneInformation pane = sheet.getPaneInformation();
				assertThat(pane).as(sheet.getSheetName()).isNotNull();
				assertThat(pane.isFreezePane()).isTrue();
				assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
				assertThat(pane.getVerticalSplitPosition()).isZero();
				Cell header = sheet.getRow(0).getCell(0);
				assertThat(header.getStringCellValue()).isEqualTo("Titel");
				assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
			}
		}
	}

	@Test
	void columnsAreAsWideAsTheirContentsWithinLimits() throws IOException {
		String wide = "Een onderwerp van een contactmoment dat flink lang is";
		try (XSSFWorkbook workbook = write(
				(spreadsheet) -> spreadsheet.sheet("sheet.one", "column.title", "column.short", "column.date")
					.row(wide, "x", LocalDate.of(2026, 1, 2))
					.row("kort", "y", null)
					.row("x".repeat(500), "z", null))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getColumnWidth(0)).isEqualTo(SheetWriter.MAX_WIDTH * 256);
			assertThat(sheet.getColumnWidth(1)).isEqualTo(SheetWriter.MIN_WIDTH * 256);
			assertThat(sheet.getColumnWidth(2)).isGreaterThan(DEFAULT_WIDTH);
		}
		try (XSSFWorkbook workbook = write((spreadsheet) -> spreadsheet.sheet("sheet.one", "column.title").row(wide))) {
			assertThat(workbook.getSheetAt(0).getColumnWidth(0)).isGreaterThan(wide.length() * 256);
		}
	}

	@Test
	void writesDatesMoneyPercentagesAndNumbersAsTypedCells() throws IOException {
		try (XSSFWorkbook workbook = write((spreadsheet) -> spreadsheet
			.sheet("sheet.one", "column.title", "column.title", "column.title", "column.title", "column.title")
			.row(LocalDate.of(2026, 12, 1), Money.of(new BigDecimal("1234.50")), Percent.of(new BigDecimal("47")), 593L,
					"=SUM(A1:A2)"))) {
			Row row = workbook.getSheetAt(0).getRow(1);
			Cell date = row.getCell(0);
			assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
			assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 1));
			Cell money = row.getCell(1);
			assertThat(money.getNumericCellValue()).isEqualTo(1234.5);
			assertThat(money.getCellStyle().getDataFormatString()).contains("€").contains("#,##0.00");
			Cell percent = row.getCell(2);
			assertThat(percent.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(percent.getNumericCellValue()).isEqualTo(0.47);
			assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo("0%");
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(593);
			// Text is stored as text: a spreadsheet never runs it as a formula.
			assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("=SUM(A1:A2)");
		}
	}

	@Test
	void emptyValuesLeaveEmptyCells() throws IOException {
		try (XSSFWorkbook workbook = write(
				(spreadsheet) -> spreadsheet.sheet("sheet.one", "column.title", "column.title", "column.title")
					.row(null, Money.of(null), Percent.of(null)))) {
			Row row = workbook.getSheetAt(0).getRow(1);
			for (int i = 0; i < 3; i++) {
				assertThat(row.getCell(i).getCellType()).isEqualTo(CellType.BLANK);
			}
		}
	}

	private static XSSFWorkbook write(java.util.function.Consumer<Spreadsheet> content) throws IOException {
		StaticMessageSource messages = new StaticMessageSource();
		Locale dutch = Locale.forLanguageTag("nl");
		messages.addMessage("sheet.one", dutch, "Blad één");
		messages.addMessage("sheet.two", dutch, "Blad twee");
		messages.addMessage("column.title", dutch, "Titel");
		messages.addMessage("column.short", dutch, "K");
		messages.addMessage("column.date", dutch, "Datum");
		byte[] bytes;
		try (Spreadsheet spreadsheet = new Spreadsheet(messages, dutch)) {
			content.accept(spreadsheet);
			bytes = spreadsheet.toByteArray();
		}
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

}
