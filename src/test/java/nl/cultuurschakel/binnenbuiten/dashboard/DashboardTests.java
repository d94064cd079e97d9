package nl.cultuurschakel.binnenbuiten.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.QueryCounting;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.demo.DemoDataSetAccess;
import nl.cultuurschakel.binnenbuiten.shared.Chart;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With the complete demo data, the dashboard reproduces the brochure's ten figures for
 * 2022–2024, from the service and on the rendered page; other periods differ. The data is
 * loaded in the test's transaction and rolled back.
 */
@IntegrationTest
@Transactional
class DashboardTests {

	static final Map<String, String> BROCHURE = Map.of("activities", "593", "knowledge-partners", "25",
			"neighbourhoods", "9", "contact-moments", "555", "contact-share-arts-culture", "47", "contact-share-social",
			"25", "children-spoken", "234", "ideas", "49", "workshops", "27", "grants", "27");

	static final String PLAIN_NUMBER = "-?\\d+(\\.\\d+)?";

	static final Period PERIOD = new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31));

	@Autowired
	MockMvc mvc;

	@Autowired
	DashboardService dashboards;

	@Autowired
	ReportService reports;

	@Autowired
	DemoDataSetAccess demo;

	@Autowired
	AccountFixtures accounts;

	CurrentUser coordinator;

	@BeforeEach
	void loadDemoData() {
		this.coordinator = this.accounts.create("dashboard", Role.COORDINATOR);
		this.demo.loadProgramme(List.of(this.coordinator.getId()));
	}

	/**
	 * One test for service, page and other periods: loading the demo data takes a while.
	 */
	@Test
	void reproducesTheBrochureFiguresFromServiceAndPage() throws Exception {
		Dashboard dashboard = this.dashboards.dashboard(PERIOD, Selection.all());
		BROCHURE
			.forEach((key, value) -> assertThat(dashboard.figures()).filteredOn((figure) -> figure.name().equals(key))
				.singleElement()
				.as(key)
				.satisfies((figure) -> assertThat(figure.dataValue()).isEqualTo(value)));

		QueryCounting.reset();
		String html = this.mvc.perform(
				get("/dashboard").param("from", "2022-01-01").param("to", "2024-12-31").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long statements = QueryCounting.statements();
		Document page = Jsoup.parse(html);
		BROCHURE.forEach((key, value) -> assertThat(page.select("[data-figure=" + key + "]").attr("data-value")).as(key)
			.isEqualTo(value));
		assertThat(page.select("[data-figure]")).hasSize(FigureKey.values().length);
		assertThat(page.text()).contains("Zo tellen we", "Activiteiten per jaar");
		// Two periods of figures plus the charts: a fixed number of queries, whatever the
		// data.
		assertThat(statements).isLessThan(60);
	}

	@Test
	void otherPeriodsGiveOtherFigures() {
		Dashboard year2023 = this.dashboards.dashboard(Period.year(2023), Selection.all());
		Dashboard year2025 = this.dashboards.dashboard(Period.year(2025), Selection.all());
		assertThat(year2023.figure(FigureKey.ACTIVITIES).dataValue()).isNotEqualTo("593");
		assertThat(year2023.figure(FigureKey.CONTACT_MOMENTS).dataValue()).isNotEqualTo("555");
		assertThat(year2025.figure(FigureKey.CONTACT_MOMENTS).dataValue()).isNotEqualTo("555");
	}

	@Test
	void reportPageAndDownloadsShowTheSameFigures() throws Exception {
		String html = this.mvc
			.perform(get("/reports/period").param("from", "2022-01-01")
				.param("to", "2024-12-31")
				.with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("tr[data-figure=activities]").attr("data-value")).isEqualTo("593");
		assertThat(page.text()).contains("Bouwlust", "Ideeën van kinderen die werkelijkheid werden");

		byte[] pdf = download("/reports/period.pdf");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Impactrapportage", "593", "555", "47%", "Ideeën van kinderen");
		}

		byte[] xlsx = download("/reports/period.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheet("Cijfers").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(593);
			assertThat(workbook.getSheet("Contactmomenten").getLastRowNum()).isEqualTo(555);
			assertThat(workbook.getSheet("Activiteiten").getLastRowNum()).isGreaterThanOrEqualTo(593);
		}
	}

	/**
	 * SVG reads numbers with a decimal point only: in Dutch {@code width="360,0"} drew no
	 * bar at all. Every coordinate must be a plain number in both languages, every bar of
	 * a value above zero must have a width, and every value label must end inside the
	 * drawing.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "nl", "en" })
	void chartsAreDrawnWithPlainNumbersInEitherLanguage(String language) throws Exception {
		Document page = Jsoup.parse(this.mvc
			.perform(get("/dashboard").param("from", "2022-01-01")
				.param("to", "2024-12-31")
				.param("lang", language)
				.with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Elements charts = page.select("svg.chart__svg");
		assertThat(charts).hasSize(7);
		int bars = 0;
		for (Element svg : charts) {
			String[] viewBox = svg.attr("viewBox").split(" ");
			assertThat(viewBox).hasSize(4).allSatisfy((number) -> assertThat(number).matches(PLAIN_NUMBER));
			double width = Double.parseDouble(viewBox[2]);
			for (Element element : svg.getAllElements()) {
				for (String attribute : List.of("x", "y", "width", "height")) {
					if (element.hasAttr(attribute)) {
						assertThat(element.attr(attribute))
							.as("%s of <%s> in %s", attribute, element.tagName(), language)
							.matches(PLAIN_NUMBER);
					}
				}
			}
			for (Element group : svg.select("g")) {
				long value = Long.parseLong(group.select("text.chart__value").text().replaceAll("[.,]", ""));
				double barWidth = Double.parseDouble(group.select("rect").attr("width"));
				if (value > 0) {
					assertThat(barWidth).as("bar of %d", value).isPositive();
					bars++;
				}
				else {
					assertThat(barWidth).isZero();
				}
				String label = group.select("text.chart__value").text();
				double labelEnd = Double.parseDouble(group.select("text.chart__value").attr("x"))
						+ Chart.CHARACTER * label.length();
				assertThat(labelEnd).as("end of the value label %s", label).isLessThanOrEqualTo(width);
			}
		}
		assertThat(bars).isGreaterThan(30);
		// The brochure period's activities per year, as bars with their values.
		assertThat(page.select("#chart-activities-per-year text.chart__label").eachText()).containsExactly("2022",
				"2023", "2024");
	}

	/**
	 * The PDF's "Per wijk" tables were cut off at the right: every column header, every
	 * value of the last column and no letter beyond the right margin of the A4 page.
	 */
	@Test
	void thePdfShowsEveryColumnOfThePerNeighbourhoodTablesInsideThePage() throws Exception {
		byte[] pdf = download("/reports/period.pdf");
		ReportService.Report report = this.reports.report(PERIOD);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PositionsStripper stripper = new PositionsStripper();
			String text = stripper.getText(document).replaceAll("\\s+", " ");
			String perNeighbourhood = text.substring(text.indexOf("Per wijk"),
					text.indexOf("Ideeën van kinderen die werkelijkheid werden"));
			for (String header : List.of("Wijk", "Kunst en cultuur", "Sociaal domein en welzijn", "Onderwijs", "Overig",
					"Totaal", "Activiteiten", "Kinderen bereikt", "Ideeën van kinderen", "Gerealiseerd",
					"Financiële bijdragen", "Toegekend bedrag")) {
				assertThat(perNeighbourhood.split(" ")).as(header).contains(header.split(" "));
			}
			assertThat(report.sections()).hasSize(9);
			for (ReportService.NeighbourhoodSection section : report.sections()) {
				assertThat(perNeighbourhood).contains(section.neighbourhood().name(),
						"€\u00A0" + String.format(Locale.forLanguageTag("nl"), "%,.2f", section.grants().total()));
			}
			assertThat(stripper.rightmost).as("right edge of the text, page width %s", stripper.pageWidth)
				.isLessThan(stripper.pageWidth - 40);
		}
	}

	/** A download of the brochure period's report. */
	private byte[] download(String path) throws Exception {
		return this.mvc
			.perform(get(path).param("from", "2022-01-01").param("to", "2024-12-31").with(user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** Extracts the text and remembers where its rightmost letter ends. */
	static final class PositionsStripper extends PDFTextStripper {

		float rightmost;

		float pageWidth = Float.MAX_VALUE;

		@Override
		protected void startPage(PDPage page) throws IOException {
			this.pageWidth = Math.min(this.pageWidth, page.getMediaBox().getWidth());
			super.startPage(page);
		}

		@Override
		protected void writeString(String text, List<TextPosition> positions) throws IOException {
			for (TextPosition position : positions) {
				this.rightmost = Math.max(this.rightmost, position.getXDirAdj() + position.getWidthDirAdj());
			}
			super.writeString(text, positions);
		}

	}

}
