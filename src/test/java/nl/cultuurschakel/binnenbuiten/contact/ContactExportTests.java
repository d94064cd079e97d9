package nl.cultuurschakel.binnenbuiten.contact;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exports contain exactly what the list's filters select, in a form Dutch Excel
 * opens.
 */
@IntegrationTest
class ContactExportTests {

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

	CurrentUser advisor;

	Long partner;

	@BeforeEach
	void setUp() {
		this.advisor = this.accounts.create("exporter", Role.ADVISOR);
		this.partner = this.network.partner("Exportpartner", PartnerDomain.SOCIAL);
		log(LocalDate.of(2023, 1, 10), "Eerste; met \"aanhalingstekens\"");
		log(LocalDate.of(2023, 6, 1), "=SOM(A1:A9)");
		log(LocalDate.of(2024, 2, 1), "Buiten de periode");
	}

	@AfterEach
	void cleanUp() {
		this.network.deleteCreated();
		this.accounts.deleteCreated();
	}

	@Test
	void csvHonoursFiltersWithBomSemicolonsAndIsoDates() throws Exception {
		byte[] body = download("/contacts/export.csv", "text/csv");
		assertThat(body[0] & 0xFF).isEqualTo(0xEF); // UTF-8 byte order mark
		String csv = new String(body, StandardCharsets.UTF_8).substring(1);
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("Datum;Adviseur;Partner;Domein van de partner;");
		assertThat(lines.get(1)).startsWith("2023-01-10;Test exporter;")
			.contains(";Sociaal domein en welzijn;")
			.contains(";\"Eerste; met \"\"aanhalingstekens\"\"\";");
		assertThat(lines.get(2)).startsWith("2023-06-01;").contains(";'=SOM(A1:A9);");
		assertThat(csv).doesNotContain("Buiten de periode", "Korte notitie");
	}

	@Test
	void xlsxHonoursFiltersAndReadsBack() throws Exception {
		byte[] body = download("/contacts/export.xlsx", "application/vnd.openxmlformats-officedocument");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Datum");
			assertThat(sheet.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2023, 1, 10));
			assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("=SOM(A1:A9)");
		}
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
				java.util.Locale.forLanguageTag("nl"), counter);
		long millis = (System.nanoTime() - started) / 1_000_000;
		// 100,000 bulk rows + 3 from setUp + the header line.
		assertThat(lines[0]).isEqualTo(100_004);
		System.out.printf("Exported 100,003 contact rows as CSV in %d ms%n", millis);
	}

	private byte[] download(String path, String contentType) throws Exception {
		MvcResult started = this.mvc
			.perform(get(path).param("partner", this.partner.toString())
				.param("from", "2023-01-01")
				.param("to", "2023-12-31")
				.with(user(this.advisor)))
			.andExpect(request().asyncStarted())
			.andReturn();
		return this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(contentType)))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private void log(LocalDate date, String subject) {
		this.contacts.log(new ContactData(date, this.advisor.getId(), this.partner, Set.of(), null, ContactKind.MEETING,
				subject, "Korte notitie", null, null, false), UUID.randomUUID());
	}

}
