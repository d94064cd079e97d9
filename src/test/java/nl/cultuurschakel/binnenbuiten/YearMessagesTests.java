package nl.cultuurschakel.binnenbuiten;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year handed to a message as a number is written {@code {0,number,#}} in the message:
 * plain {@code {0}} lets MessageFormat group the digits ("Budget 2.026" in Dutch, "Budget
 * 2,026" in English). Checked with the application's own bundles.
 */
class YearMessagesTests {

	/** Every message that takes a year as a number, and its arguments. */
	private static final List<Object[]> YEAR_MESSAGES = List.of(new Object[] { "grant.budget.title", 2026 },
			new Object[] { "grant.budget.previous", 2025 }, new Object[] { "grant.budget.next", 2027 },
			new Object[] { "grant.decision.budget", 2026, "1.250,00" },
			new Object[] { "grant.decision.noBudget", 2026 });

	@ParameterizedTest
	@ValueSource(strings = { "nl", "en" })
	void yearsInMessagesAreWrittenWithoutAThousandsSeparator(String language) {
		ResourceBundleMessageSource messages = applicationMessages();
		for (Object[] message : YEAR_MESSAGES) {
			Object[] arguments = List.of(message).subList(1, message.length).toArray();
			String text = messages.getMessage((String) message[0], arguments, Locale.forLanguageTag(language));
			assertThat(text).as("%s in %s", message[0], language)
				.contains(String.valueOf(arguments[0]))
				.doesNotContainPattern("\\b[12][.,]\\d{3}\\b(?!,\\d\\d)");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "nl", "en" })
	void aPlainArgumentWouldGroupTheDigits(String language) {
		// The mechanism this guards against: MessageFormat formats a number by the
		// locale.
		assertThat(new java.text.MessageFormat("Budget {0}", Locale.forLanguageTag(language))
			.format(new Object[] { 2026 })).isNotEqualTo("Budget 2026");
		assertThat(new java.text.MessageFormat("Budget {0,number,#}", Locale.forLanguageTag(language))
			.format(new Object[] { 2026 })).isEqualTo("Budget 2026");
	}

	/** The bundles as the application configures them. */
	private static ResourceBundleMessageSource applicationMessages() {
		Properties application = new Properties();
		try (InputStream in = YearMessagesTests.class.getClassLoader().getResourceAsStream("application.properties")) {
			application.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(application.getProperty("spring.messages.basename").split(","));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
