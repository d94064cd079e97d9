package nl.cultuurschakel.binnenbuiten.network;

import java.io.ByteArrayInputStream;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The yearly report shows how the collaboration in each neighbourhood's network changed
 * against the period before, with a total over the selected neighbourhoods: on the page,
 * in the PDF and in the workbook.
 */
@IntegrationTest
class NetworkReportSectionTests extends WithNetworkScenario {

	@Autowired
	MockMvc mvc;

	@Test
	void theReportPageShowsEachNeighbourhoodsTiesNowAndBeforeAndTheTotal() throws Exception {
		Document page = Jsoup.parse(body("/reports/annual/2024?neighbourhood=" + this.scenario.neighbourhood));
		Element row = page
			.selectFirst("table[data-table=networks] tr[data-neighbourhood=" + this.scenario.neighbourhood + "]");
		// 2023: one tie (A–C, arts and social domain); 2024: six ties, all between
		// domains;
		// school E without ties
		assertThat(row.select("td").eachText()).containsExactly("1", "6", "100,0%", "100,0%", "1");
		assertThat(row.selectFirst("[data-network-metric=ties]").attr("data-value")).isEqualTo("6");
		assertThat(row.selectFirst("[data-network-metric=cross-domain-share]").attr("data-value")).isEqualTo("1.0");
		Element total = page.selectFirst("table[data-table=networks] tfoot tr");
		assertThat(total.selectFirst("th").text()).isEqualTo("Alle wijken samen");
		assertThat(total.selectFirst("[data-network-metric=ties]").attr("data-value")).isEqualTo("6");
		assertThat(page.text()).contains("Vorige periode: 1 januari 2023 tot en met 31 december 2023.");
	}

	@Test
	void thePdfAndTheWorkbookHaveTheNetworks() throws Exception {
		String path = "/reports/annual/2024%s?neighbourhood=" + this.scenario.neighbourhood;
		try (PDDocument pdf = Loader.loadPDF(bytes(path.formatted(".pdf")))) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("Samenwerking in de netwerken", "Alle wijken samen");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(path.formatted(".xlsx"))))) {
			Sheet sheet = workbook.getSheet("Samenwerking in de netwerken");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			Row row = sheet.getRow(1);
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1);
			assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(6);
			assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1.0);
			assertThat(row.getCell(4).getCellStyle().getDataFormatString()).contains("%");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Alle wijken samen");
		}
	}

	private String body(String path) throws Exception {
		return new String(bytes(path), java.nio.charset.StandardCharsets.UTF_8);
	}

	private byte[] bytes(String path) throws Exception {
		return this.mvc.perform(get(path).with(AccountFixtures.as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
