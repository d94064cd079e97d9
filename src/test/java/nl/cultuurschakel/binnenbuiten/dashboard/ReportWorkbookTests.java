package nl.cultuurschakel.binnenbuiten.dashboard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import nl.cultuurschakel.binnenbuiten.QueryCounting;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.contact.ContactData;
import nl.cultuurschakel.binnenbuiten.contact.ContactKind;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.grant.YouthFixtures;
import nl.cultuurschakel.binnenbuiten.neighbourhood.District;
import nl.cultuurschakel.binnenbuiten.neighbourhood.EcosystemPhase;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodData;
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
 * each kind in wijk A of Escamp and wijk B of Segbroek): every sheet covers the report's
 * selection, the cover says which, the conventions of every sheet, statuses as the UI
 * names them in the user's language, typed cells, file names that say the selection.
 */
@IntegrationTest
class ReportWorkbookTests {

	private static final Set<String> RAW_CODES = Set.of("PLANNED", "DONE", "CANCELLED", "REQUESTED", "AWARDED", "PAID",
			"SETTLED", "REJECTED", "WITHDRAWN", "COLLECTED", "EXPLORING", "REALISED", "PARKED");

	private static final int DEFAULT_WIDTH = 8 * 256;

	/** The detail sheets (Dutch names) and the column that names each row's wijk. */
	private static final Map<String, Integer> WIJK_COLUMNS = Map.of("Contactmomenten", 3, "Activiteiten", 2,
			"Workshops", 1, "Ideeën", 2, "Bijdragen", 2);

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

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

	/** Wijk A, in Escamp, with two activities (one done). */
	Long neighbourhood;

	String neighbourhoodName;

	/** Wijk B, in Segbroek, with one activity. */
	Long other;

	String otherName;

	CurrentUser advisor;

	@BeforeEach
	void setUp() {
		this.advisor = this.accounts.create("rapport", Role.ADVISOR);
		this.neighbourhood = this.activities.neighbourhood("Rapportwijk");
		this.neighbourhoodName = this.neighbourhoods.get(this.neighbourhood).name();
		Long partner = records(this.neighbourhood, "Rapportpartner", "Een muurschildering", "750.00");
		Long done = this.activities
			.activity(ActivityFixtures.activity(this.neighbourhood, partner, LocalDate.of(2086, 3, 5), "15:00", "16:30")
				.title("Dansvoorstelling van de kinderen in het buurthuis"));
		this.activityService.markDone(done, 25);
		this.activities.activity(
				ActivityFixtures.activity(this.neighbourhood, partner, LocalDate.of(2086, 6, 5), "15:00", "16:30"));

		this.other = this.neighbourhoods.create(
				new NeighbourhoodData(NetworkFixtures.unique("Café Rapportbuurt"), District.SEGBROEK, "Testwijk", 100,
						LocalDate.of(2022, 1, 1), null, null),
				EcosystemPhase.EXPLORING, LocalDate.of(2022, 1, 1), null);
		this.network.track(this.other, null);
		this.activities.track(this.other);
		this.otherName = this.neighbourhoods.get(this.other).name();
		Long otherPartner = records(this.other, "Buurtpartner", "Een moestuin op het dak", "300.00");
		this.activities
			.activity(ActivityFixtures.activity(this.other, otherPartner, LocalDate.of(2086, 4, 8), "15:00", "16:30"));
	}

	/**
	 * A partner in the wijk with a contact moment, a workshop, an idea and an awarded
	 * grant in 2086.
	 */
	private Long records(Long neighbourhood, String partnerName, String idea, String amount) {
		Long partner = this.network.partner(partnerName, PartnerDomain.ARTS_CULTURE);
		this.network.membership(partner, neighbourhood, LocalDate.of(2086, 1, 1), null, MembershipRole.KEY_FIGURE);
		this.contacts.log(new ContactData(LocalDate.of(2086, 1, 15), this.advisor.getId(), partner, Set.of(),
				neighbourhood, ContactKind.MEETING, "Kennismaking met de nieuwe directeur van de bibliotheek", null,
				null, null, false), UUID.randomUUID());
		this.youth.workshop(neighbourhood, LocalDate.of(2086, 2, 1), 14);
		Long ideaId = this.youth.idea(neighbourhood, idea, LocalDate.of(2086, 2, 2));
		this.youth.awardedGrant(ideaId, partner, amount, LocalDate.of(2086, 4, 1));
		return partner;
	}

	@AfterEach
	void cleanUp() {
		this.activities.deleteCreated();
		this.youth.deleteCreated();
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void aWijkReportHasOnlyThatWijksRowsOnEverySheet() throws Exception {
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx?neighbourhood=" + this.neighbourhood, "nl")) {
			assertEverySheetCovers(workbook, List.of(this.neighbourhoodName));
			assertThat(column(workbook.getSheet("Activiteiten"), 2)).hasSize(2);
			assertThat(figure(workbook, "dashboard.figure.activities")).isEqualTo(2);
		}
		try (XSSFWorkbook workbook = workbook(
				"/reports/period.xlsx?from=2086-01-01&to=2086-06-30&neighbourhood=" + this.other, "nl")) {
			assertEverySheetCovers(workbook, List.of(this.otherName));
			assertThat(figure(workbook, "dashboard.figure.activities")).isEqualTo(1);
		}
	}

	@Test
	void aDistrictReportHasOnlyTheRowsOfItsWijken() throws Exception {
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx?district=SEGBROEK", "nl")) {
			assertEverySheetCovers(workbook, List.of(this.otherName));
		}
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx?district=ESCAMP", "nl")) {
			// Escamp's other (demo) wijken have no records in 2086, so they only appear
			// in the section table.
			for (String sheet : WIJK_COLUMNS.keySet()) {
				assertThat(column(workbook.getSheet(sheet), WIJK_COLUMNS.get(sheet))).as(sheet)
					.isNotEmpty()
					.containsOnly(this.neighbourhoodName);
			}
			assertThat(column(workbook.getSheet("Per wijk"), 0)).contains(this.neighbourhoodName)
				.doesNotContain(this.otherName);
			assertThat(figure(workbook, "dashboard.figure.activities")).isEqualTo(2);
		}
	}

	@Test
	void theWholeReportHasTheRowsOfEveryWijk() throws Exception {
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx", "nl")) {
			for (String sheet : WIJK_COLUMNS.keySet()) {
				assertThat(column(workbook.getSheet(sheet), WIJK_COLUMNS.get(sheet))).as(sheet)
					.contains(this.neighbourhoodName, this.otherName);
			}
			assertThat(column(workbook.getSheet("Per wijk"), 0)).contains(this.neighbourhoodName, this.otherName);
			assertThat(figure(workbook, "dashboard.figure.activities")).isEqualTo(3);
		}
	}

	@Test
	void theCoverSaysWhatTheWorkbookCoversInTheUsersLanguage() throws Exception {
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx?neighbourhood=" + this.neighbourhood, "nl")) {
			Sheet cover = workbook.getSheetAt(0);
			assertThat(cover.getSheetName()).isEqualTo("Over dit rapport");
			assertThat(cover.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Impactrapportage 2086 – wijk " + this.neighbourhoodName);
			assertThat(row(cover, "Van").getCell(1).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2086, 1, 1));
			assertThat(row(cover, "Tot en met").getCell(1).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2086, 12, 31));
			assertThat(DateUtil.isCellDateFormatted(row(cover, "Van").getCell(1))).isTrue();
			assertThat(row(cover, "Over").getCell(1).getStringCellValue()).isEqualTo("wijk " + this.neighbourhoodName);
			assertThat(row(cover, "Wijken").getCell(1).getStringCellValue()).isEqualTo(this.neighbourhoodName);
		}
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx?neighbourhood=" + this.neighbourhood, "en")) {
			Sheet cover = workbook.getSheetAt(0);
			assertThat(cover.getSheetName()).isEqualTo("About this report");
			assertThat(cover.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Impact report 2086 – neighbourhood " + this.neighbourhoodName);
			assertThat(row(cover, "About").getCell(1).getStringCellValue())
				.isEqualTo("neighbourhood " + this.neighbourhoodName);
		}
		try (XSSFWorkbook workbook = workbook("/reports/period.xlsx?from=2086-01-01&to=2086-06-30&district=SEGBROEK",
				"nl")) {
			Sheet cover = workbook.getSheetAt(0);
			assertThat(cover.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Impactrapportage 1 januari 2086 tot en met 30 juni 2086 – stadsdeel Segbroek");
			assertThat(row(cover, "Wijken").getCell(1).getStringCellValue()).contains(this.otherName)
				.doesNotContain(this.neighbourhoodName);
		}
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx", "en")) {
			Sheet cover = workbook.getSheetAt(0);
			assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Impact report 2086");
			assertThat(row(cover, "About").getCell(1).getStringCellValue()).isEqualTo("all neighbourhoods");
		}
	}

	@Test
	void theWorkbookSendsTheSameStatementsForOneYearAsForTwentyFiveButTheScans() throws Exception {
		for (String selection : List.of("", "neighbourhood=" + this.neighbourhood, "district=ESCAMP")) {
			long oneYear = statements("/reports/annual/2086.xlsx?" + selection);
			long manyYears = statements("/reports/period.xlsx?from=2062-01-01&to=2086-12-31&" + selection);
			// a calendar year also reads its building-blocks scans, in one statement
			assertThat(manyYears).as(selection).isEqualTo(oneYear - 1);
		}
	}

	@Test
	void everySheetHasABoldFrozenHeaderAndSizedColumns() throws Exception {
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx", "nl")) {
			assertThat(workbook.getNumberOfSheets()).as("with the networks and the building-blocks scan").isEqualTo(10);
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
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx?neighbourhood=" + this.neighbourhood, "nl")) {
			assertThat(column(workbook.getSheet("Activiteiten"), 3)).containsExactly("Afgerond", "Gepland");
			assertThat(column(workbook.getSheet("Bijdragen"), 4)).containsExactly("Toegekend");
			assertThat(column(workbook.getSheet("Bijdragen"), 1)).containsExactly("Een muurschildering");
			assertThat(column(workbook.getSheet("Ideeën"), 3)).containsExactly("Verzameld");
			assertNoRawCodes(workbook);
		}
	}

	@Test
	void anEnglishUserGetsAnEnglishWorkbook() throws Exception {
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx?neighbourhood=" + this.neighbourhood, "en")) {
			assertThat(workbook.getSheetName(1)).isEqualTo(text("report.sheet.figures", Locale.ENGLISH));
			Sheet activities = workbook.getSheet(text("report.sheet.activities", Locale.ENGLISH));
			assertThat(activities.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Date");
			assertThat(column(activities, 3)).containsExactly("Done", "Planned");
			assertThat(column(workbook.getSheet(text("report.sheet.grants", Locale.ENGLISH)), 4))
				.containsExactly("Awarded");
			assertThat(column(workbook.getSheet(text("report.sheet.ideas", Locale.ENGLISH)), 3))
				.containsExactly("Collected");
			assertNoRawCodes(workbook);
		}
	}

	@Test
	void sharesArePercentagesAndAmountsAreEuros() throws Exception {
		try (XSSFWorkbook workbook = workbook("/reports/annual/2086.xlsx?neighbourhood=" + this.neighbourhood, "nl")) {
			Sheet figures = workbook.getSheet("Cijfers");
			Row share = row(figures, text("dashboard.figure.contact-share-arts-culture", DUTCH));
			for (int column : new int[] { 1, 2 }) {
				Cell cell = share.getCell(column);
				assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0%");
				assertThat(cell.getNumericCellValue()).isBetween(0.0, 1.0);
			}
			Row amount = row(figures, text("dashboard.figure.grant-amount", DUTCH));
			assertThat(amount.getCell(1).getCellStyle().getDataFormatString()).contains("€", "#,##0.00");
			Row count = row(figures, text("dashboard.figure.activities", DUTCH));
			assertThat(count.getCell(1).getNumericCellValue()).isEqualTo(2);
			assertThat(count.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("General");
			List<String> awardedFormats = new ArrayList<>();
			for (Row row : workbook.getSheet("Bijdragen")) {
				Cell awarded = row.getCell(5);
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
	void fileNamesFollowTheLanguageAndSayTheSelection() throws Exception {
		String wijk = "neighbourhood=" + this.neighbourhood;
		String wijkSlug = this.neighbourhoodName.toLowerCase(Locale.ROOT).replace(' ', '-');
		String period = "/reports/period.%s?from=2086-01-01&to=2086-06-30&%s";
		for (String extension : List.of("pdf", "xlsx")) {
			assertThat(filename("/reports/annual/2086." + extension, "nl"))
				.isEqualTo("impactrapportage-2086." + extension);
			assertThat(filename("/reports/annual/2086." + extension + "?" + wijk, "nl"))
				.isEqualTo("impactrapportage-2086-" + wijkSlug + "." + extension);
			assertThat(filename("/reports/annual/2086." + extension + "?district=ESCAMP", "nl"))
				.isEqualTo("impactrapportage-2086-escamp." + extension);
			assertThat(filename(period.formatted(extension, ""), "nl"))
				.isEqualTo("impactrapportage-2086-01-01-2086-06-30." + extension);
			assertThat(filename(period.formatted(extension, wijk), "nl"))
				.isEqualTo("impactrapportage-2086-01-01-2086-06-30-" + wijkSlug + "." + extension);
			assertThat(filename(period.formatted(extension, "district=LEIDSCHENVEEN_YPENBURG"), "nl"))
				.isEqualTo("impactrapportage-2086-01-01-2086-06-30-leidschenveen-ypenburg." + extension);
			assertThat(filename("/reports/annual/2086." + extension, "en"))
				.isEqualTo("impact-report-2086." + extension);
			assertThat(filename("/reports/annual/2086." + extension + "?district=ESCAMP", "en"))
				.isEqualTo("impact-report-2086-escamp." + extension);
			assertThat(filename(period.formatted(extension, wijk), "en"))
				.isEqualTo("impact-report-2086-01-01-2086-06-30-" + wijkSlug + "." + extension);
		}
		// Accents and spaces become a safe plain name, so the header needs no filename*.
		String otherSlug = "cafe-rapportbuurt-" + this.otherName.substring(this.otherName.lastIndexOf(' ') + 1);
		assertThat(disposition("/reports/annual/2086.xlsx?neighbourhood=" + this.other, "nl"))
			.isEqualTo("attachment; filename=\"impactrapportage-2086-" + otherSlug + ".xlsx\"");
		assertThat(ReportNames.slug("Duinoord / Zeeheldenkwartier")).isEqualTo("duinoord-zeeheldenkwartier");
		assertThat(ReportNames.slug("  Bloemenbuurt-Oost ")).isEqualTo("bloemenbuurt-oost");
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

	/**
	 * Every detail sheet has rows, each of one of the given wijken; the section table
	 * lists exactly those wijken.
	 */
	private void assertEverySheetCovers(XSSFWorkbook workbook, List<String> wijken) {
		for (String sheet : WIJK_COLUMNS.keySet()) {
			assertThat(column(workbook.getSheet(sheet), WIJK_COLUMNS.get(sheet))).as(sheet)
				.isNotEmpty()
				.allSatisfy((wijk) -> assertThat(wijk).isIn(wijken));
		}
		assertThat(column(workbook.getSheet("Per wijk"), 0)).containsExactlyInAnyOrderElementsOf(wijken);
	}

	private double figure(XSSFWorkbook workbook, String key) {
		return row(workbook.getSheet("Cijfers"), text(key, DUTCH)).getCell(1).getNumericCellValue();
	}

	private long statements(String path) throws Exception {
		QueryCounting.reset();
		download(path, "nl");
		return QueryCounting.statements();
	}

	private String filename(String path, String language) throws Exception {
		String disposition = disposition(path, language);
		assertThat(disposition).startsWith("attachment; filename=\"").endsWith("\"");
		return disposition.substring("attachment; filename=\"".length(), disposition.length() - 1);
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
				Cell cell = row.getCell(column);
				values.add((cell != null) ? cell.getStringCellValue() : "");
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
