package nl.cultuurschakel.binnenbuiten.shared;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chart's geometry is plain numbers whatever the language of the machine, every value
 * above zero gets a visible bar, and the widest value fits right of the longest bar.
 */
class ChartTests {

	private final Locale before = Locale.getDefault();

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(this.before);
	}

	@Test
	void writesCoordinatesWithAPointInAnyLanguage() {
		Locale.setDefault(Locale.forLanguageTag("nl"));
		Chart chart = new Chart("c", "t",
				List.of(Chart.Bar.text("2022", 168), Chart.Bar.text("2023", 224), Chart.Bar.text("2024", 201)));
		assertThat(chart.viewBox()).isEqualTo("0 0 360 126");
		assertThat(chart.rows()).allSatisfy((row) -> {
			assertThat(List.of(row.labelY(), row.barY(), row.barHeight(), row.barWidth(), row.valueX(), row.valueY()))
				.allSatisfy((number) -> assertThat(number).matches("\\d+(\\.\\d)?"));
		});
		assertThat(Chart.number(318.45)).isEqualTo("318.5");
		assertThat(Chart.number(360.0)).isEqualTo("360");
	}

	@Test
	void theLargestValueHasTheLongestBarAndItsValueStillFits() {
		Chart chart = new Chart("c", "t", List.of(Chart.Bar.text("Bouwlust", 59_300), Chart.Bar.text("Duindorp", 1),
				Chart.Bar.text("Vrederust", 0)));
		List<Chart.Row> rows = chart.rows();
		double longest = Double.parseDouble(rows.get(0).barWidth());
		double valueEnd = Double.parseDouble(rows.get(0).valueX()) + Chart.CHARACTER * "59.300".length();
		assertThat(valueEnd).isLessThanOrEqualTo(Chart.WIDTH);
		assertThat(longest).isGreaterThan(Chart.WIDTH * 0.75);
		assertThat(Double.parseDouble(rows.get(1).barWidth())).as("a value of 1 stays visible")
			.isEqualTo(Chart.THINNEST);
		assertThat(rows.get(2).barWidth()).isEqualTo("0");
	}

	@Test
	void countsCharactersWithThousandsSeparators() {
		assertThat(Chart.characters(7)).isEqualTo(1);
		assertThat(Chart.characters(999)).isEqualTo(3);
		assertThat(Chart.characters(1_000)).isEqualTo(5);
		assertThat(Chart.characters(1_234_567)).isEqualTo(9);
	}

}
