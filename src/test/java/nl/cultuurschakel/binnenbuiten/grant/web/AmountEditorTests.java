package nl.cultuurschakel.binnenbuiten.grant.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Amounts are read as Dutch and English users type them, and never guessed.
 */
class AmountEditorTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "1250,50|1250.50", "1.250,50|1250.50", "€ 1.250|1250", "1.250|1250", "1250.50|1250.50",
					"1.25|1.25", "20.000|20000", "1.250.000,00|1250000.00", "-5|-5", "0,1|0.1", "25000.01|25000.01",
					"  750 |750" })
	void readsDutchAmounts(String typed, String amount) {
		assertThat(read(typed, DUTCH)).isEqualTo(new BigDecimal(amount));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1,250.50|1250.50", "1250.50|1250.50", "20,000|20000", "1250,50|1250.50" })
	void readsEnglishAmounts(String typed, String amount) {
		assertThat(read(typed, Locale.ENGLISH)).isEqualTo(new BigDecimal(amount));
	}

	@ParameterizedTest
	@ValueSource(strings = { "twaalf euro", "12.50.3", "1,250.50", "1.2345,00", "1250,", ",5", "1..250", "1.25,00" })
	void refusesWhatIsNoDutchAmount(String typed) {
		assertThatIllegalArgumentException().isThrownBy(() -> read(typed, DUTCH));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void leavesAnEmptyFieldEmpty(String typed) {
		assertThat(read(typed, DUTCH)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "nl,'1250,50'", "en,1250.50" })
	void writesTheAmountBackReadyToEdit(String language, String written) {
		AmountEditor editor = new AmountEditor(Locale.forLanguageTag(language));
		editor.setValue(new BigDecimal("1250.50"));
		assertThat(editor.getAsText()).isEqualTo(written);
	}

	private static BigDecimal read(String typed, Locale locale) {
		AmountEditor editor = new AmountEditor(locale);
		editor.setAsText(typed);
		return (BigDecimal) editor.getValue();
	}

}
