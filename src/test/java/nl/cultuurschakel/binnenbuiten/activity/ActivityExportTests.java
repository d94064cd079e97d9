package nl.cultuurschakel.binnenbuiten.activity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.as;
import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The filtered list as iCalendar (parsed back) and as CSV, in the list's order, with file
 * names in the user's language.
 */
@IntegrationTest
class ActivityExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ActivityFixtures fixtures;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ActivityService activities;

	@Autowired
	Clock clock;

	Long neighbourhood;

	Long partner;

	Long cancelled;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.fixtures.neighbourhood("Exportwijk");
		this.partner = this.network.partner("Exportpartner", PartnerDomain.ARTS_CULTURE);
		// Winter time (UTC+1) and summer time (UTC+2).
		this.fixtures.activity(activity(this.neighbourhood, this.partner, LocalDate.of(2024, 3, 5), "15:00", "16:30")
			.title("Dans, muziek; en \\ theater")
			.description("Regel een\nRegel twee met een heel lange beschrijving die zeker langer is dan vijfenzeventig "
					+ "octets, met é en ü erin"));
		this.fixtures.activity(activity(this.neighbourhood, this.partner, LocalDate.of(2024, 7, 10), "10:00", "12:00")
			.title("Zomerfeest")
			.paid("2.50"));
		this.cancelled = this.fixtures.activity(
				activity(this.neighbourhood, this.partner, LocalDate.of(2025, 1, 8), "10:00", "11:00").title("Later"));
		this.activities.cancel(this.cancelled, "Regen");
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void icsHasOneEventPerActivityWithUtcTimesEscapingAndFolding() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/activities/export.ics").param("neighbourhood", this.neighbourhood.toString())
				.with(as(Role.ADVISOR)))
			.andReturn()
			.getResponse();
		byte[] bytes = response.getContentAsByteArray();
		String raw = new String(bytes, StandardCharsets.UTF_8);

		assertThat(response.getContentType()).startsWith("text/calendar");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment", ".ics");
		assertThat(raw).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\n\r\n");
		assertThat(raw.replace("\r\n", "")).doesNotContain("\n");
		List<String> physical = Arrays.asList(raw.split("\r\n"));
		assertThat(physical)
			.allSatisfy((line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(physical).anySatisfy((line) -> assertThat(line).startsWith(" "));

		List<String> lines = Arrays.asList(raw.replace("\r\n ", "").split("\r\n"));
		assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
		assertThat(lines).contains("VERSION:2.0");
		assertThat(lines.stream().filter("BEGIN:VEVENT"::equals)).hasSize(3);
		assertThat(lines.stream().filter("END:VEVENT"::equals)).hasSize(3);
		assertThat(lines).contains("SUMMARY:Dans\\, muziek\\; en \\\\ theater", "DTSTART:20240305T140000Z",
				"DTEND:20240305T153000Z", "DTSTART:20240710T080000Z", "DTEND:20240710T100000Z", "STATUS:CANCELLED");
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("DESCRIPTION:Regel een\\nRegel twee")
			.endsWith("met é en ü erin"));
		assertThat(lines.stream().filter((line) -> line.startsWith("UID:")).distinct()).hasSize(3);
	}

	@Test
	void icsFollowsTheListFilter() throws Exception {
		String raw = this.mvc
			.perform(get("/activities/export.ics").param("neighbourhood", this.neighbourhood.toString())
				.param("status", "CANCELLED")
				.with(as(Role.ADVISOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(raw.split("BEGIN:VEVENT", -1)).hasSize(2);
		assertThat(raw).contains("SUMMARY:Later");
	}

	@Test
	void csvHasAHeaderAndOneQuotedRowPerActivityNewestFirstLikeTheList() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/activities/export.csv").param("neighbourhood", this.neighbourhood.toString())
				.param("to", "2024-12-31")
				.with(as(Role.ADVISOR)))
			.andReturn()
			.getResponse();
		List<String> rows = csvRows(response);

		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).startsWith("Datum;Begintijd;Eindtijd;Titel;Wijk;Locatie;Discipline");
		assertThat(rows.get(1)).startsWith("2024-07-10;10:00;12:00;Zomerfeest;").contains(";Betaald;2,50;Gepland;");
		assertThat(rows.get(2)).startsWith("2024-03-05;15:00;16:30;\"Dans, muziek; en \\ theater\";")
			.contains(";Dans;8;12;Gratis;;Gepland;");
	}

	@Test
	void csvFollowsTheListsSortParameter() throws Exception {
		List<String> rows = csvRows(this.mvc
			.perform(get("/activities/export.csv").param("neighbourhood", this.neighbourhood.toString())
				.param("sort", "date,asc")
				.with(as(Role.ADVISOR)))
			.andReturn()
			.getResponse());
		assertThat(rows.subList(1, rows.size())).extracting((row) -> row.substring(0, 10))
			.containsExactly("2024-03-05", "2024-07-10", "2025-01-08");
	}

	@Test
	void csvNeutralisesATitleThatStartsWithATabAndAFormula() throws Exception {
		this.fixtures.activity(
				activity(this.neighbourhood, this.partner, LocalDate.of(2024, 9, 1), "10:00", "11:00").title("\t=1+1"));
		List<String> rows = csvRows(this.mvc
			.perform(get("/activities/export.csv").param("neighbourhood", this.neighbourhood.toString())
				.param("from", "2024-09-01")
				.param("to", "2024-09-01")
				.with(as(Role.ADVISOR)))
			.andReturn()
			.getResponse());
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).startsWith("2024-09-01;10:00;11:00;'\t=1+1;").doesNotContain(";\t=");
	}

	@Test
	void fileNamesFollowTheLanguage() throws Exception {
		String today = LocalDate.now(this.clock).toString();
		assertThat(disposition("/activities/export.csv", "nl"))
			.isEqualTo("attachment; filename=\"activiteiten-" + today + ".csv\"");
		assertThat(disposition("/activities/export.csv", "en"))
			.isEqualTo("attachment; filename=\"activities-" + today + ".csv\"");
		assertThat(disposition("/activities/export.ics", "nl"))
			.isEqualTo("attachment; filename=\"activiteiten-" + today + ".ics\"");
		assertThat(disposition("/activities/export.ics", "en"))
			.isEqualTo("attachment; filename=\"activities-" + today + ".ics\"");
	}

	@Test
	void theListLinksToBothDownloadsWithTheSharedWording() throws Exception {
		Document page = Jsoup.parse(this.mvc
			.perform(get("/activities").param("neighbourhood", this.neighbourhood.toString()).with(as(Role.ADVISOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("a[href*=/activities/export.csv]").text()).isEqualTo("Downloaden als CSV");
		assertThat(page.select("a[href*=/activities/export.ics]").text()).isEqualTo("Toevoegen aan agenda (.ics)");
	}

	private String disposition(String path, String language) throws Exception {
		return this.mvc
			.perform(get(path).param("neighbourhood", this.neighbourhood.toString())
				.param("lang", language)
				.with(as(Role.ADVISOR)))
			.andReturn()
			.getResponse()
			.getHeader("Content-Disposition");
	}

	private static List<String> csvRows(MockHttpServletResponse response) throws Exception {
		String csv = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		return Arrays.asList(csv.substring(1).split("\r\n"));
	}

}
