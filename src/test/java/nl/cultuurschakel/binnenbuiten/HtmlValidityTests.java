package nl.cultuurschakel.binnenbuiten;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nu.validator.client.EmbeddedValidator;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every main page of every role, with data and in Dutch, is valid HTML by the Nu HTML
 * checker (the engine of the W3C validator, run in-process): no duplicate ids, no label
 * pointing nowhere, no required select that starts with a real choice, and so on.
 */
@IntegrationTest
class HtmlValidityTests {

	/** An error in the checker's GNU output: {@code :12.5-12.40: error: ...}. */
	private static final Pattern MESSAGE = Pattern.compile("^[^:\\n]*:(\\d+)\\.(\\d+)\\S*: (?:fatal )?error: (.*)$",
			Pattern.MULTILINE);

	@Autowired
	MockMvc mvc;

	MainPages main;

	@BeforeEach
	void setUp(@Autowired ApplicationContext context) {
		this.main = new MainPages(context);
		this.main.create();
	}

	@AfterEach
	void tearDown() {
		this.main.deleteCreated();
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void mainPagesAreValidHtml(Role role) throws Exception {
		CurrentUser principal = this.main.user(role);
		List<String> errors = new ArrayList<>();
		for (String path : this.main.pages(role).values()) {
			String html = this.mvc.perform(get(path).with(user(principal)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			errors.addAll(check(html).stream().map((error) -> path + " " + error).toList());
		}
		assertThat(errors).as("HTML errors on the pages of %s", role).isEmpty();
	}

	/** The checker itself: it must see the errors the pages are checked for. */
	@Test
	void checkerFindsTheErrorsItIsUsedFor() throws Exception {
		String page = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>t</title></head><body><main>"
				+ "<label for=\"status\">Status</label><select id=\"status\" name=\"status\" required>"
				+ "<option value=\"WITHDRAWN\">Ingetrokken</option></select>"
				+ "<p id=\"x\">1</p><p id=\"x\">2</p><label for=\"nowhere\">Nergens</label></main></body></html>";
		assertThat(check(page)).anySatisfy((error) -> assertThat(error).contains("first child “option”"))
			.anySatisfy((error) -> assertThat(error).contains("Duplicate ID “x”"))
			.anySatisfy((error) -> assertThat(error).contains("“for” attribute"));
	}

	private static List<String> check(String html) throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
		String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		List<String> errors = new ArrayList<>();
		Matcher message = MESSAGE.matcher(report);
		while (message.find()) {
			errors.add("line " + message.group(1) + ": " + message.group(3) + "\n    "
					+ excerpt(html, Integer.parseInt(message.group(1)), Integer.parseInt(message.group(2))));
		}
		return errors;
	}

	private static String excerpt(String html, int line, int column) {
		String text = html.lines().skip(line - 1).findFirst().orElse("");
		int from = Math.max(0, column - 120);
		return text.substring(Math.min(from, text.length()), Math.min(text.length(), column + 80)).strip();
	}

}
