package nl.cultuurschakel.binnenbuiten.grant;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The grant exports: every column for staff; for a partner user only what identifies the
 * own organisation's grants, their status and amounts. The list's filters and order,
 * Dutch or English labels, and no idea title a spreadsheet would run as a formula.
 */
@IntegrationTest
class GrantExportTests {

	static final String YEAR = "2084";

	static final String STAFF_HEADER = "Nummer;Idee;Wijk;Partner;Status;Aangevraagd bedrag;Toegekend bedrag;"
			+ "Aangevraagd op;Besluit op;Betaald op;Verantwoord op;Verantwoording uiterlijk;Boven budget";

	static final String PARTNER_HEADER = "Idee;Wijk;Partner;Status;Aangevraagd bedrag;Toegekend bedrag";

	@Autowired
	MockMvc mvc;

	@Autowired
	GrantService grants;

	@Autowired
	YouthFixtures youth;

	@Autowired
	NetworkFixtures network;

	@Autowired
	Clock clock;

	Long ownPartner;

	Long otherPartner;

	Long formulaIdea;

	@BeforeEach
	void setUp() {
		Long neighbourhood = this.network.neighbourhood("Exportwijk");
		this.ownPartner = this.network.partner("Eigen Theater", PartnerDomain.ARTS_CULTURE);
		this.otherPartner = this.network.partner("Andere Dansschool", PartnerDomain.ARTS_CULTURE);
		Long lego = this.youth.idea(neighbourhood, "Technisch lego", LocalDate.of(2084, 1, 10));
		this.formulaIdea = this.youth.idea(neighbourhood, "@SUM(1)", LocalDate.of(2084, 1, 11));
		this.youth.budget(2084, "1000.00");
		// Over budget, with conditions and an accountability date: all for staff only.
		Long awarded = this.youth.grant(lego, this.ownPartner, "1234.50", LocalDate.of(2084, 3, 1));
		this.grants.decide(awarded, new GrantDecision(GrantStatus.AWARDED, LocalDate.of(2084, 3, 20),
				new BigDecimal("1234.50"), "Alleen voor materiaal", LocalDate.of(2084, 12, 1), null, true, null),
				Actor.SYSTEM);
		this.youth.grant(this.formulaIdea, this.ownPartner, "99.00", LocalDate.of(2084, 5, 1));
		this.youth.grant(lego, this.otherPartner, "1999.99", LocalDate.of(2084, 4, 1));
	}

	@AfterEach
	void cleanUp() {
		this.youth.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void staffGetEveryColumnNewestRequestFirst() throws Exception {
		List<List<String>> rows = csv(as(Role.COORDINATOR), "year", YEAR);
		assertThat(String.join(";", rows.get(0))).isEqualTo(STAFF_HEADER);
		assertThat(rows).hasSize(4);
		assertThat(rows.subList(1, 4)).extracting((row) -> row.get(7))
			.containsExactly("2084-05-01", "2084-04-01", "2084-03-01");
		List<String> awarded = rows.get(3);
		assertThat(awarded.get(1)).isEqualTo("Technisch lego");
		assertThat(awarded.get(2)).startsWith("Exportwijk ");
		assertThat(awarded.get(3)).startsWith("Eigen Theater ");
		assertThat(awarded.subList(4, 7)).containsExactly("Toegekend", "1234,50", "1234,50");
		assertThat(awarded.subList(8, 13)).containsExactly("2084-03-20", "", "", "2084-12-01", "Ja");
	}

	@Test
	void partnerUsersGetOnlyIdentificationStatusAndAmountsOfTheirOwnGrants() throws Exception {
		RequestPostProcessor partner = user(AccountFixtures.principal(Role.PARTNER, this.ownPartner));
		List<List<String>> rows = csv(partner, "year", YEAR, "partner", this.otherPartner.toString());
		assertThat(String.join(";", rows.get(0))).isEqualTo(PARTNER_HEADER);
		assertThat(rows).hasSize(3);
		List<String> awarded = rows.get(2);
		assertThat(awarded).hasSize(6);
		assertThat(awarded.get(0)).isEqualTo("Technisch lego");
		assertThat(awarded.get(1)).startsWith("Exportwijk ");
		assertThat(awarded.get(2)).startsWith("Eigen Theater ");
		assertThat(awarded.subList(3, 6)).containsExactly("Toegekend", "1234,50", "1234,50");
		assertThat(rows.toString()).doesNotContain("2084-", "Ja", "Nee", "Andere Dansschool", "1999,99");

		byte[] xlsx = download(partner, "/grants/export.xlsx", "year", YEAR).getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(headers(sheet)).containsExactly("Idee", "Wijk", "Partner", "Status", "Aangevraagd bedrag",
					"Toegekend bedrag");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			for (Row row : sheet) {
				assertThat(row.getLastCellNum()).isEqualTo((short) 6);
				for (Cell cell : row) {
					assertThat(cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell))
						.as("no dates for partners")
						.isFalse();
				}
			}
		}
	}

	@Test
	void anIdeaTitleThatLooksLikeAFormulaIsNeutralised() throws Exception {
		List<List<String>> rows = csv(as(Role.COORDINATOR), "year", YEAR, "partner", this.ownPartner.toString());
		assertThat(rows).extracting((row) -> row.get(1)).contains("'@SUM(1)").doesNotContain("@SUM(1)");
		byte[] xlsx = download(as(Role.COORDINATOR), "/grants/export.xlsx", "year", YEAR).getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Cell title = workbook.getSheetAt(0).getRow(1).getCell(1);
			assertThat(title.getCellType()).isEqualTo(CellType.STRING);
			assertThat(title.getStringCellValue()).isEqualTo("@SUM(1)");
		}
	}

	@Test
	void xlsxHasLabelsInTheUsersLanguageMoneyDatesAndAFrozenSizedHeader() throws Exception {
		byte[] dutch = download(as(Role.COORDINATOR), "/grants/export.xlsx", "year", YEAR, "partner",
				this.ownPartner.toString(), "sort", "requestedOn,asc")
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(dutch))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(workbook.getSheetName(0)).isEqualTo("Bijdragen");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getColumnWidth(1)).as("idea column").isGreaterThan(8 * 256);
			assertThat(sheet.getColumnWidth(11)).as("report due column").isGreaterThan("Verantwoording".length() * 256);
			Row awarded = sheet.getRow(1);
			assertThat(awarded.getCell(4).getStringCellValue()).isEqualTo("Toegekend");
			assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Aangevraagd");
			Cell amount = awarded.getCell(6);
			assertThat(amount.getNumericCellValue()).isEqualTo(1234.5);
			assertThat(amount.getCellStyle().getDataFormatString()).contains("€", "#,##0.00");
			assertThat(DateUtil.isCellDateFormatted(awarded.getCell(8))).isTrue();
			assertThat(awarded.getCell(8).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2084, 3, 20));
			assertThat(awarded.getCell(12).getStringCellValue()).isEqualTo("Ja");
		}
		byte[] english = download(as(Role.COORDINATOR), "/grants/export.xlsx", "year", YEAR, "partner",
				this.ownPartner.toString(), "sort", "requestedOn,asc", "lang", "en")
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(workbook.getSheetName(0)).isEqualTo("Grants");
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Status");
			assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Awarded");
			assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Requested");
			assertThat(sheet.getRow(1).getCell(12).getStringCellValue()).isEqualTo("Yes");
		}
	}

	@Test
	void fileNamesFollowTheLanguage() throws Exception {
		String today = LocalDate.now(this.clock).toString();
		assertThat(download(as(Role.ADVISOR), "/grants/export.csv").getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"bijdragen-" + today + ".csv\"");
		assertThat(download(as(Role.ADVISOR), "/grants/export.xlsx").getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"bijdragen-" + today + ".xlsx\"");
		assertThat(download(as(Role.ADVISOR), "/grants/export.csv", "lang", "en").getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"grants-" + today + ".csv\"");
		assertThat(download(as(Role.ADVISOR), "/grants/export.xlsx", "lang", "en").getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"grants-" + today + ".xlsx\"");
	}

	@Test
	void theListLinksToBothDownloadsWithTheSharedWording() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/grants?year={year}", YEAR).with(as(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("a[href*=/grants/export.csv]").text()).isEqualTo("Downloaden als CSV");
		assertThat(page.select("a[href*=/grants/export.xlsx]").text()).isEqualTo("Downloaden als Excel (.xlsx)");
		assertThat(page.select("a[href*=/grants/export.csv]").attr("href")).contains("year=" + YEAR);
	}

	private List<List<String>> csv(RequestPostProcessor user, String... params) throws Exception {
		byte[] body = download(user, "/grants/export.csv", params).getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		List<List<String>> rows = new ArrayList<>();
		for (String line : new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n")) {
			rows.add(List.of(line.split(";", -1)));
		}
		return rows;
	}

	private MockHttpServletResponse download(RequestPostProcessor user, String path, String... params)
			throws Exception {
		var request = get(path).with(user);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static List<String> headers(Sheet sheet) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(0).forEach((cell) -> headers.add(cell.getStringCellValue()));
		return headers;
	}

}
