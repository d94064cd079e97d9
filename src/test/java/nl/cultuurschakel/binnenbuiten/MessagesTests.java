package nl.cultuurschakel.binnenbuiten;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All visible text comes from the message bundles, and both languages have every key.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes whose value a user sees or hears. */
	private static final List<String> VISIBLE_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label",
			"data-confirm");

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	/**
	 * A date formatted in a template, with its pattern when that is a literal:
	 * {@code #temporals.format(x, 'LONG')}, {@code #dates.format(...)}.
	 */
	private static final Pattern DATE_FORMAT = Pattern
		.compile("#(?:temporals|dates|calendars)\\.format[A-Za-z]*\\([^'()]*(?:\\([^()]*\\)[^'()]*)*(?:'([^']*)')?");

	/** Locale styles, machine formats and the month heading. */
	private static final Set<String> DATE_STYLES = Set.of("SHORT", "MEDIUM", "LONG", "FULL", "yyyy-MM", "yyyy-MM-dd",
			"MMMM yyyy");

	/** The Dutch bundles; each has an English twin with the suffix _en. */
	private static final List<String> BUNDLES = List.of("messages", "i18n/contact", "i18n/activity", "i18n/workshop",
			"i18n/idea", "i18n/grant", "i18n/dashboard", "i18n/search", "i18n/audit");

	@Test
	void bothLanguagesHaveTheSameKeys() {
		for (String bundle : BUNDLES) {
			Set<String> dutch = load(bundle + ".properties").stringPropertyNames();
			Set<String> english = load(bundle + "_en.properties").stringPropertyNames();
			assertThat(new TreeSet<>(english)).as("keys in %s_en.properties", bundle)
				.containsExactlyInAnyOrderElementsOf(new TreeSet<>(dutch));
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() {
		Set<String> seen = new TreeSet<>();
		List<String> twice = new ArrayList<>();
		for (String bundle : BUNDLES) {
			for (String key : load(bundle + ".properties").stringPropertyNames()) {
				if (!seen.add(key)) {
					twice.add(bundle + ": " + key);
				}
			}
		}
		assertThat(twice).as("keys defined in more than one bundle").isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (isReplacedByThymeleaf(element) || element.tagName().equals("style")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (!text.isBlank() && !isComment(text)) {
						problems.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \""
								+ text.text().strip() + "\"");
					}
				}
				for (String attribute : VISIBLE_ATTRIBUTES) {
					if (element.hasAttr(attribute) && !element.hasAttr("th:" + attribute)
							&& !element.attr(attribute).isBlank()) {
						problems.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute)
								+ "\"");
					}
				}
			}
		}
		assertThat(problems).as("hard-coded visible text (use th:text=\"#{...}\")").isEmpty();
	}

	/**
	 * Dates are written the way the reader's language writes them ("5 maart 2024", "March
	 * 5, 2024"): templates format them by a style, never by a hard-coded Dutch pattern.
	 * Allowed besides the styles: machine formats for URLs and form values, and a month
	 * with its year (the same order in both languages; Java 17 has no style for it). The
	 * choice of style per use is documented in {@code layout/main.html}.
	 */
	@Test
	void templatesFormatDatesByTheLocale() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = DATE_FORMAT.matcher(Files.readString(template));
			while (matcher.find()) {
				String pattern = matcher.group(1);
				if (pattern == null || !DATE_STYLES.contains(pattern)) {
					problems.add(TEMPLATES.relativize(template) + ": " + matcher.group());
				}
			}
		}
		assertThat(problems).as("dates formatted by a fixed pattern (use 'SHORT', 'MEDIUM', 'LONG' or 'FULL')")
			.isEmpty();
	}

	@Test
	void everyMessageKeyInTemplatesExists() throws IOException {
		Set<String> keys = new TreeSet<>();
		BUNDLES.forEach((bundle) -> keys.addAll(load(bundle + ".properties").stringPropertyNames()));
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing in every bundle").isEmpty();
	}

	/**
	 * Text inside an element whose content Thymeleaf replaces is only a design-time
	 * placeholder and never reaches the user.
	 */
	private static boolean isReplacedByThymeleaf(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			if (current.hasAttr("th:text") || current.hasAttr("th:utext") || current.hasAttr("th:replace")
					|| current.hasAttr("th:insert") || current.hasAttr("th:remove")
					|| current.hasAttr("sec:authentication") || current.hasAttr("th:errors")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isComment(TextNode text) {
		return text.text().strip().startsWith("/*");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String name) {
		try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
