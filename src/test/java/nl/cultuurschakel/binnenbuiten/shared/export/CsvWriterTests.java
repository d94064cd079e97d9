package nl.cultuurschakel.binnenbuiten.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one CSV writer of every export: what Dutch Excel reads, and no cell it would run as
 * a formula.
 */
class CsvWriterTests {

	@Test
	void startsWithAByteOrderMarkAndSeparatesWithSemicolonsAndCrlf() {
		byte[] bytes = CsvWriter.bytes((csv) -> csv.row("Datum", "Titel").row("a", "b"));
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(text(bytes)).isEqualTo("Datum;Titel\r\na;b\r\n");
	}

	@Test
	void quotesSeparatorsQuotesAndLineBreaks() {
		String csv = text(CsvWriter.bytes((out) -> out.row("Dans; muziek", "Zeg \"hoi\"", "Regel 1\nRegel 2",
				"Regel 1\r\nRegel 2", "komma, geen quote")));
		assertThat(csv).isEqualTo(
				"\"Dans; muziek\";\"Zeg \"\"hoi\"\"\";\"Regel 1\nRegel 2\";\"Regel 1\r\nRegel 2\";komma, geen quote\r\n");
		assertThat(parse(csv).get(0).toList()).containsExactly("Dans; muziek", "Zeg \"hoi\"", "Regel 1\nRegel 2",
				"Regel 1\r\nRegel 2", "komma, geen quote");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\";\"klik\")", "+31 70 123", "-2+3", "@SUM(1)", "\t=1", "\r=1" })
	void textThatCouldStartAFormulaGetsALeadingQuote(String value) {
		List<String> cells = parse(text(CsvWriter.bytes((csv) -> csv.row("eerst", value)))).get(0).toList();
		assertThat(cells.get(1)).isEqualTo("'" + value);
	}

	@Test
	void onlyTheFirstCharacterCounts() {
		List<String> cells = parse(text(CsvWriter.bytes((csv) -> csv.row("a=b", "1+1", "x@y.nl", ";=1")))).get(0)
			.toList();
		// ";=1" is one quoted cell, so no new cell can start with "=".
		assertThat(cells).containsExactly("a=b", "1+1", "x@y.nl", ";=1");
	}

	@Test
	void numbersAreWrittenAsNumbersWithoutTheGuardWhileTheTextMinusFiveIsGuarded() {
		String csv = text(CsvWriter.bytes((out) -> out.row(-5, -12L, new BigDecimal("-5.25"),
				Money.of(new BigDecimal("-5")), Percent.of(new BigDecimal("47")), "-5")));
		assertThat(csv).isEqualTo("-5;-12;-5,25;-5,00;47%;'-5\r\n");
	}

	@Test
	void writesDatesIsoTimesInHoursAndMinutesAndNullsEmpty() {
		String csv = text(CsvWriter
			.bytes((out) -> out.row(LocalDate.of(2026, 12, 1), LocalTime.of(15, 30), Money.of(null), null, "")));
		assertThat(csv).isEqualTo("2026-12-01;15:30;;;\r\n");
	}

	@Test
	void keepsEmojiAndRightToLeftTextIntact() {
		String emoji = "Dansen 💃🏽 en 🎨";
		String arabic = "ورشة الرقص للأطفال";
		String hebrew = "סדנת ריקוד";
		List<String> cells = parse(text(CsvWriter.bytes((csv) -> csv.row(emoji, arabic, hebrew)))).get(0).toList();
		assertThat(cells).containsExactly(emoji, arabic, hebrew);
	}

	@Test
	void streamsRowsToTheOutputWhenFlushed() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvWriter csv = CsvWriter.to(out);
		for (int i = 0; i < 10_000; i++) {
			csv.row(i, "rij " + i);
		}
		csv.flush();
		assertThat(text(out.toByteArray()).lines()).hasSize(10_000).endsWith("9999;rij 9999");
	}

	/** The text after the byte order mark. */
	private static String text(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return text.substring(1);
	}

	private static List<CSVRecord> parse(String csv) {
		try {
			return CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(csv)).getRecords();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
