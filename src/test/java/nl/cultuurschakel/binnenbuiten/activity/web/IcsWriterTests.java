package nl.cultuurschakel.binnenbuiten.activity.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IcsWriterTests {

	@Test
	void escapesTextValues() {
		assertThat(IcsWriter.escape("Dans, muziek; theater\\film\nregel 2"))
			.isEqualTo("Dans\\, muziek\\; theater\\\\film\\nregel 2");
	}

	@Test
	void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
		StringBuilder out = new StringBuilder();
		String value = "SUMMARY:" + "é".repeat(100);
		IcsWriter.line(out, value);
		String[] lines = out.toString().split("\r\n");
		assertThat(lines).hasSizeGreaterThan(2);
		for (String line : lines) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(lines[1]).startsWith(" ");
		assertThat(out.toString().replace("\r\n ", "")).isEqualTo(value + "\r\n");
	}

	@Test
	void keepsShortLinesWhole() {
		StringBuilder out = new StringBuilder();
		IcsWriter.line(out, "VERSION:2.0");
		assertThat(out).hasToString("VERSION:2.0\r\n");
	}

}
