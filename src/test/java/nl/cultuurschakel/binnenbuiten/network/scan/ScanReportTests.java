package nl.cultuurschakel.binnenbuiten.network.scan;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The yearly report shows each neighbourhood's scan of the year: items in place and
 * whether it is signed off, on the page and in the PDF.
 */
@IntegrationTest
class ScanReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures network;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ScanService scans;

	@Autowired
	ScanFigures figures;

	@Autowired
	JdbcTemplate jdbc;

	Long neighbourhood;

	CurrentUser coordinator;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.network.neighbourhood("Rapportwijk");
		this.coordinator = this.accounts.create("scan-report", Role.COORDINATOR);
		this.scans.answer(this.neighbourhood, 2024,
				Map.of(ScanItem.CLEAR_ROLES, new ItemAnswer(ItemStatus.IN_PLACE, null), ScanItem.CLEAR_GOALS,
						new ItemAnswer(ItemStatus.IN_PLACE, null), ScanItem.KEY_FIGURES,
						new ItemAnswer(ItemStatus.IN_PROGRESS, null)),
				ScanService.NEW, this.coordinator.getId());
		this.scans.signOff(this.neighbourhood, 2024, this.scans.get(this.neighbourhood, 2024).version(),
				this.coordinator.getId());
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from network_scan where neighbourhood_id = ?", this.neighbourhood);
		this.accounts.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void countsItemsInPlacePerNeighbourhood() {
		assertThat(this.figures.perNeighbourhood(2024, List.of(this.neighbourhood)))
			.containsExactly(Map.entry(this.neighbourhood, new ScanFigures.ScanResult(2, 21, true)));
		assertThat(this.figures.perNeighbourhood(2023, List.of(this.neighbourhood))).isEmpty();
		assertThat(this.figures.perNeighbourhood(2024, null)).containsKey(this.neighbourhood);
	}

	@Test
	void theAnnualReportShowsTheScan() throws Exception {
		this.mvc.perform(get("/reports/annual/2024?neighbourhood=" + this.neighbourhood).with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bouwstenenscan 2024")))
			.andExpect(content().string(containsString("2 van 21")));
		this.mvc
			.perform(get("/reports/period?from=2024-01-01&to=2024-06-30&neighbourhood=" + this.neighbourhood)
				.with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Bouwstenenscan"))));
	}

	@Test
	void theReportPdfShowsTheScan() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/reports/annual/2024.pdf?neighbourhood=" + this.neighbourhood).with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Bouwstenenscan 2024", "2 van 21", "Afgetekend");
		}
	}

	@Test
	void theReportWorkbookHasTheScanOfACalendarYearOnly() throws Exception {
		try (XSSFWorkbook workbook = workbook("/reports/annual/2024.xlsx?neighbourhood=" + this.neighbourhood)) {
			Sheet sheet = workbook.getSheet("Bouwstenenscan");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			Row header = sheet.getRow(0);
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Onderdelen die er staan");
			Row row = sheet.getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).startsWith("Rapportwijk");
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(2);
			assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(21);
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo("ja");
		}
		try (XSSFWorkbook workbook = workbook(
				"/reports/period.xlsx?from=2024-01-01&to=2024-06-30&neighbourhood=" + this.neighbourhood)) {
			assertThat(workbook.getSheet("Bouwstenenscan")).isNull();
		}
	}

	private XSSFWorkbook workbook(String path) throws Exception {
		byte[] body = this.mvc.perform(get(path).with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(body));
	}

}
