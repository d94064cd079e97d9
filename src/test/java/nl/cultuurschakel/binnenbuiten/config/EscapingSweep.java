package nl.cultuurschakel.binnenbuiten.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page and export of the matrix, opened by every role that may (with the records
 * {@link HostileInputTests} filled with hostile text, for the year of those records):
 * markup is never written raw into HTML or XML, CSV text never starts a formula, a
 * spreadsheet holds no formula, and the stored text appears as text in each kind of
 * output, which proves the pages were looked at with the hostile text in them.
 */
final class EscapingSweep {

	private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

	private static final String FORMULA_START = "=+-@\t\r";

	private final MockMvc mvc;

	private final FormCatalogue catalogue;

	private final Map<Role, CurrentUser> users;

	private final Set<String> shown = new TreeSet<>();

	EscapingSweep(MockMvc mvc, FormCatalogue catalogue, Map<Role, CurrentUser> users) {
		this.mvc = mvc;
		this.catalogue = catalogue;
		this.users = users;
	}

	void checkEveryPage() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		int opened = 0;
		for (Map.Entry<String, List<String>> entry : FormCatalogue.matrix().entrySet()) {
			if (!entry.getKey().startsWith("GET ")) {
				continue;
			}
			String path = this.catalogue.concrete(entry.getKey().substring("GET ".length()));
			for (Role role : FormCatalogue.SENDERS) {
				if (FormCatalogue.allows(entry.getValue(), role)) {
					check(softly, path, role);
					opened++;
				}
			}
		}
		softly.assertThat(opened).as("pages opened").isGreaterThan(100);
		List<String> kinds = List.of("html", "csv", "xlsx", "pdf");
		for (String kind : kinds) {
			softly.assertThat(this.shown.stream().filter((line) -> line.startsWith(kind + " ")).toList())
				.as("%s outputs that show the stored hostile text (all: %s)", kind, this.shown)
				.isNotEmpty();
		}
		softly.assertAll();
	}

	private void check(SoftAssertions softly, String path, Role role) throws Exception {
		String what = path + " as " + role;
		MvcResult result;
		try {
			result = this.mvc
				.perform(get(path).with(user(this.users.get(role)))
					.param("from", "2024-01-01")
					.param("to", "2024-12-31")
					.param("year", "2024")
					.param("month", "2024-03"))
				.andReturn();
			if (result.getRequest().isAsyncStarted()) {
				// A download streamed to the client.
				result = this.mvc.perform(asyncDispatch(result)).andReturn();
			}
		}
		catch (Exception ex) {
			softly.fail("%s: 500, %s", what, HostileInputTests.rootCause(ex));
			return;
		}
		int status = result.getResponse().getStatus();
		softly.assertThat(status).as(what).isLessThan(500);
		if (status != 200) {
			return;
		}
		byte[] bytes = result.getResponse().getContentAsByteArray();
		if (bytes.length == 0) {
			softly.fail("%s: 200 without content", what);
			return;
		}
		String type = result.getResponse().getContentType();
		if (type != null && type.startsWith("application/json")) {
			// Data, not a page: JSON escapes by its own rules and is only ever
			// downloaded.
			softly.assertThat(result.getResponse().getHeader("Content-Disposition"))
				.as("%s: a download", what)
				.startsWith("attachment");
			return;
		}
		String extension = path.replaceAll(".*\\.", "");
		switch (path.matches(FormCatalogue.EXPORTS) ? extension : "html") {
			case "csv" -> checkCsv(softly, what, new String(bytes, StandardCharsets.UTF_8));
			case "xlsx" -> checkSpreadsheet(softly, what, bytes);
			case "pdf" -> checkPdf(what, bytes);
			case "ics" -> {
				// Plain text for calendars: no markup to escape.
			}
			default -> {
				String text = new String(bytes, StandardCharsets.UTF_8);
				softly.assertThat(text).as("%s: markup written unescaped", what).doesNotContain(HostileValues.MARKUP);
				if (text.contains(ESCAPED)) {
					this.shown.add("html " + what);
				}
			}
		}
	}

	private void checkCsv(SoftAssertions softly, String what, String text) throws IOException {
		List<String> formulas = new ArrayList<>();
		for (CSVRecord record : CSVFormat.EXCEL.builder()
			.setDelimiter(';')
			.get()
			.parse(new StringReader(text.replace("\uFEFF", "")))) {
			for (String cell : record) {
				if (!cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0
						&& !cell.matches("-\\d+([.,]\\d+)?")) {
					formulas.add(cell);
				}
				if (cell.equals("'" + HostileValues.STORED_TEXT)) {
					this.shown.add("csv " + what);
				}
			}
		}
		softly.assertThat(formulas).as("%s: cells a spreadsheet takes as formulas", what).isEmpty();
	}

	private void checkSpreadsheet(SoftAssertions softly, String what, byte[] bytes) throws IOException {
		List<String> formulas = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.FORMULA) {
							formulas.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula());
						}
						else if (cell.getCellType() == CellType.STRING
								&& cell.getStringCellValue().equals(HostileValues.STORED_TEXT)) {
							this.shown.add("xlsx " + what);
						}
					}
				}
			}
		}
		softly.assertThat(formulas).as("%s: formulas", what).isEmpty();
	}

	private void checkPdf(String what, byte[] bytes) throws IOException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			if (new PDFTextStripper().getText(document).contains(HostileValues.MARKUP)) {
				this.shown.add("pdf " + what);
			}
		}
	}

}
