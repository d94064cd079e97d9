package nl.cultuurschakel.binnenbuiten.shared.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One label for one action: every download link in every template says what it downloads
 * with the shared wording ({@code export.csv}, {@code export.xlsx}, {@code export.pdf},
 * {@code export.ics}), and no message bundle keeps an older variant.
 */
class ExportLabelsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path MESSAGES = Path.of("src/main/resources");

	/** A link to a download, by the format in its URL. */
	private static final Pattern DOWNLOAD = Pattern.compile("\\.(csv|xlsx|pdf|ics)\\b|\\b(pdf|xlsx)Url\\b");

	/**
	 * How download links said it before: "Download als CSV", "Exporteren als Excel"...
	 */
	private static final Pattern OLD_WORDING = Pattern.compile(
			"(?i)download als|download (csv|excel|pdf)|exporteren als|export as|downloaden als (spreadsheet|agenda)"
					+ "|download as (spreadsheet|calendar)");

	private static final Map<String, String> KEYS = Map.of("csv", "#{export.csv}", "xlsx", "#{export.xlsx}", "pdf",
			"#{export.pdf}", "ics", "#{export.ics}");

	@Test
	void everyDownloadLinkUsesTheSharedWordingOfItsFormat() throws IOException {
		List<String> links = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".html")) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element link : document.select("a")) {
				String href = link.attr("th:href") + link.attr("href");
				String format = format(href);
				if (format == null) {
					continue;
				}
				String name = TEMPLATES.relativize(template) + " " + href;
				links.add(name);
				if (!KEYS.get(format).equals(link.attr("th:text"))) {
					problems.add(name + " says " + link.attr("th:text"));
				}
			}
		}
		// Contacts, grants and activities (two each), the report (two), the outcome PDF.
		assertThat(links).hasSizeGreaterThanOrEqualTo(9);
		assertThat(problems).as("download links without the shared wording").isEmpty();
	}

	@Test
	void noTemplateOrMessageKeepsAnOlderWording() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".html")) {
			String text = Files.readString(template);
			if (OLD_WORDING.matcher(text).find()) {
				found.add(TEMPLATES.relativize(template).toString());
			}
		}
		for (Path bundle : files(MESSAGES, ".properties")) {
			if (bundle.getFileName().toString().startsWith("application")) {
				continue;
			}
			load(bundle).forEach((key, value) -> {
				if (OLD_WORDING.matcher(value.toString()).find()) {
					found.add(MESSAGES.relativize(bundle) + ": " + key + "=" + value);
				}
			});
		}
		assertThat(found).as("older download wordings").isEmpty();
	}

	@Test
	void theSharedWordingIsOneSentencePerFormatInBothLanguages() {
		Properties dutch = load(MESSAGES.resolve("messages.properties"));
		Properties english = load(MESSAGES.resolve("messages_en.properties"));
		assertThat(dutch).containsEntry("export.csv", "Downloaden als CSV")
			.containsEntry("export.xlsx", "Downloaden als Excel (.xlsx)")
			.containsEntry("export.pdf", "Downloaden als PDF")
			.containsEntry("export.ics", "Toevoegen aan agenda (.ics)");
		assertThat(english).containsEntry("export.csv", "Download as CSV")
			.containsEntry("export.xlsx", "Download as Excel (.xlsx)")
			.containsEntry("export.pdf", "Download as PDF")
			.containsEntry("export.ics", "Add to calendar (.ics)");
	}

	private static String format(String href) {
		var matcher = DOWNLOAD.matcher(href);
		if (!matcher.find()) {
			return null;
		}
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

	private static List<Path> files(Path root, String extension) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter((file) -> file.toString().endsWith(extension)).sorted().toList();
		}
	}

	private static Properties load(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
