package nl.cultuurschakel.binnenbuiten.dashboard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

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
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.contact.ContactData;
import nl.cultuurschakel.binnenbuiten.contact.ContactKind;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report's workbook read back with POI (a year of its own, 2086, with one record of
 * each kind): the conventions of every sheet, statuses as the UI names them in the user's
 * language, typed cells.
 */
@IntegrationTest
class ReportWorkbookTests {

	private static final Set<String> RAW_CODES = Set.of("PLANNED", "DONE", "CANCELLED", "REQUESTED", "AWARDED", "PAID",
			"SETTLED", "REJECTED", "WITHDRAWN", "COLLECTED", "EXPLORING", "REALISED", "PARKED");

	private static final int DEFAULT_WIDTH = 8 * 256;

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ActivityFixtures activities;

	@Autowired
	ActivityService activityService;

	@Autowired
	YouthFixtures youth;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	NeighbourhoodService neighbourhoods;

	String neighbourhoodName;

	@BeforeEach
	void setUp() {
		Long neighbourhood = this.activities.neighbourhood("Rapportwijk");
		this.neighbourhoodName = this.neighbourhoods.get(neighbourhood).name();
		Long partner = this.network.partner("Rapportpartner", PartnerDomain.ARTS_CULTURE);
		this.network.membership(partner, neighbourhood, LocalDate.of(2086, 1, 1), null, MembershipRole.KEY_FIGURE);
		CurrentUser advisor = this.accounts.create("rapport", Role.ADVISOR);
		this.contacts.log(new ContactData(LocalDate.of(2086, 1, 15), advisor.getId(), partner, Set.of(), neighbourhood,
				ContactKind.MEETING, "Kennismaking met de nieuwe directeur van de bibliotheek", null, null, null,
				false), UUID.randomUUID());
		Long done = this.activities
			.activity(ActivityFixtures.activity(neighbourhood, partner, LocalDate.of(2086, 3, 5), "15:00", "16:30")
				.title("Dansvoorstelling van de kinderen in het buurthuis"));
		this.activityService.markDone(done, 25);
		this.activities
			.activity(ActivityFixtures.activity(neighbourhood, partner, LocalDate.of(2086, 6, 5), "15:00", "16:30"));
		this.youth.workshop(neighbourhood, LocalDate.of(2086, 2, 1), 14);
		Long idea = this.youth.idea(neighbourhood, "Een muurschildering", LocalDate.of(2086, 2, 2));
		this.youth.awardedGrant(idea, partner, "750.00", LocalDate.of(2086, 4, 1));
	}

	@AfterEach
	void cleanUp() {
		this.activities.deleteCreated();
		this.youth.deleteCreated();
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void everySheetHasABoldFrozenHeaderAndSizedColumns() throws Exception {
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx", "nl")) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(7);
			for (Sheet sheet : workbook) {
				assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
				assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
				Cell first = sheet.getRow(0).getCell(0);
				assertThat(workbook.getFontAt(first.getCellStyle().getFontIndex()).getBold()).isTrue();
			}
			assertThat(workbook.getSheet("Cijfers").getColumnWidth(3)).as("definitions").isGreaterThan(DEFAULT_WIDTH);
			assertThat(workbook.getSheet("Contactmomenten").getColumnWidth(5)).as("subjects")
				.isGreaterThan(DEFAULT_WIDTH);
			assertThat(workbook.getSheet("Activiteiten").getColumnWidth(1)).as("titles").isGreaterThan(DEFAULT_WIDTH);
			assertThat(workbook.getSheet("Per wijk").getColumnWidth(0)).as("neighbourhood names")
				.isGreaterThanOrEqualTo(this.neighbourhoodName.length() * 256);
		}
	}

	@Test
	void statusesAreTheDutchLabelsOfTheUi() throws Exception {
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx", "nl")) {
			assertThat(column(workbook.getSheet("Activiteiten"), 3)).containsExactly("Afgerond", "Gepland");
			assertThat(column(workbook.getSheet("Bijdragen"), 2)).containsExactly("Toegekend");
			assertThat(column(workbook.getSheet("Ideeën"), 3)).containsExactly("Verzameld");
			assertNoRawCodes(workbook);
		}
	}

	@Test
	void anEnglishUserGetsAnEnglishWorkbook() throws Exception {
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx", "en")) {
			assertThat(workbook.getSheetName(0)).isEqualTo(text("report.sheet.figures", Locale.ENGLISH));
			Sheet activities = workbook.getSheet(text("report.sheet.activities", Locale.ENGLISH));
			assertThat(activities.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Date");
			assertThat(column(activities, 3)).containsExactly("Done", "Planned");
			assertThat(column(workbook.getSheet(text("report.sheet.grants", Locale.ENGLISH)), 2))
				.containsExactly("Awarded");
			assertThat(column(workbook.getSheet(text("report.sheet.ideas", Locale.ENGLISH)), 3))
				.containsExactly("Collected");
			assertNoRawCodes(workbook);
		}
	}

	@Test
	void sharesArePercentagesAndAmountsAreEuros() throws Exception {
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx", "nl")) {
			Sheet figures = workbook.getSheet("Cijfers");
			Row share = row(figures, text("dashboard.figure.contact-share-arts-culture", Locale.forLanguageTag("nl")));
			for (int column : new int[] { 1, 2 }) {
				Cell cell = share.getCell(column);
				assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0%");
				assertThat(cell.getNumericCellValue()).isBetween(0.0, 1.0);
			}
			Row amount = row(figures, text("dashboard.figure.grant-amount", Locale.forLanguageTag("nl")));
			assertThat(amount.getCell(1).getCellStyle().getDataFormatString()).contains("€", "#,##0.00");
			Row count = row(figures, text("dashboard.figure.activities", Locale.forLanguageTag("nl")));
			assertThat(count.getCell(1).getNumericCellValue()).isEqualTo(2);
			assertThat(count.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("General");
			List<String> awardedFormats = new ArrayList<>();
			for (Row row : workbook.getSheet("Bijdragen")) {
				Cell awarded = row.getCell(3);
				if (row.getRowNum() > 0 && awarded.getCellType() == CellType.NUMERIC) {
					awardedFormats.add(awarded.getCellStyle().getDataFormatString());
				}
			}
			assertThat(awardedFormats).isNotEmpty().allSatisfy((format) -> assertThat(format).contains("€"));
			assertThat(workbook.getSheet("Per wijk").getRow(1).getCell(7).getCellStyle().getDataFormatString())
				.contains("€");
		}
	}

	@Test
	void datesAreDateCells() throws Exception {
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx", "nl")) {
			for (String name : List.of("Contactmomenten", "Activiteiten", "Workshops", "Ideeën", "Bijdragen")) {
				Cell date = workbook.getSheet(name).getRow(1).getCell(0);
				assertThat(DateUtil.isCellDateFormatted(date)).as(name).isTrue();
				assertThat(date.getLocalDateTimeCellValue().getYear()).as(name).isEqualTo(2086);
			}
		}
	}

	@Test
	void fileNamesFollowTheLanguage() throws Exception {
		assertThat(disposition("/reports/annual/2086.xlsx", "nl"))
			.isEqualTo("attachment; filename=\"impactrapportage-2086.xlsx\"");
		assertThat(disposition("/reports/annual/2086.xlsx", "en"))
			.isEqualTo("attachment; filename=\"impact-report-2086.xlsx\"");
		assertThat(disposition("/reports/annual/2086.pdf", "nl"))
			.isEqualTo("attachment; filename=\"impactrapportage-2086.pdf\"");
		assertThat(disposition("/reports/annual/2086.pdf", "en"))
			.isEqualTo("attachment; filename=\"impact-report-2086.pdf\"");
		assertThat(disposition("/reports/period.xlsx?from=2086-01-01&to=2086-06-30", "en"))
			.isEqualTo("attachment; filename=\"impact-report-2086-01-01-2086-06-30.xlsx\"");
	}

	@Test
	void theReportLinksToBothDownloadsWithTheSharedWording() throws Exception {
		String html = this.mvc.perform(get("/reports/annual/2086").with(as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.select("a[href$=2086.pdf]").text()).isEqualTo("Downloaden als PDF");
		assertThat(page.select("a[href$=2086.xlsx]").text()).isEqualTo("Downloaden als Excel (.xlsx)");
	}

	private void assertNoRawCodes(XSSFWorkbook workbook) {
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING) {
						assertThat(RAW_CODES).as(sheet.getSheetName()).doesNotContain(cell.getStringCellValue());
					}
				}
			}
		}
	}

	private XSSFWorkbook workbook(String path, String language) throws Exception {
		MockHttpServletResponse response = download(path, language);
		assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument");
		return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	private String disposition(String path, String language) throws Exception {
		return download(path, language).getHeader("Content-Disposition");
	}

	private MockHttpServletResponse download(String path, String language) throws Exception {
		return this.mvc.perform(get(path).param("lang", language).with(as(Role.COORDINATOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static List<String> column(Sheet sheet, int column) {
		List<String> values = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() > 0) {
				values.add(row.getCell(column).getStringCellValue());
			}
		}
		return values;
	}

	private static Row row(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0).getStringCellValue().equals(label)) {
				return row;
			}
		}
		throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
	}

}
