package nl.cultuurschakel.binnenbuiten.shared.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.web.bind.WebDataBinder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A blank value among the chosen ids or options of a form (a checkbox or multiple select
 * sent as " ") is left out, where it used to become a {@code null} element that failed
 * later with a NullPointerException (a 500 on the activity and contact forms). Values
 * that are not ids stay binding errors.
 */
class ChosenValuesBindingTests {

	@Test
	void blankChosenValuesAreLeftOut() {
		Choices choices = bind("ids", new String[] { " \t ", "5", "" }, "days", new String[] { " ", "MONDAY" }, "names",
				new String[] { "", "a" });

		assertThat(choices.getIds()).containsExactly(5L);
		assertThat(choices.getDays()).containsExactly(DayOfWeek.MONDAY);
		assertThat(choices.getNames()).containsExactly("a");
	}

	@Test
	void aSingleBlankValueChoosesNothing() {
		assertThat(bind("ids", " \t ").getIds()).isEmpty();
	}

	@Test
	void aValueThatIsNoIdIsStillAnError() {
		WebDataBinder binder = binder(new Choices());
		binder.bind(new MutablePropertyValues().add("ids", new String[] { "abc" }));

		assertThat(binder.getBindingResult().getFieldErrors("ids")).isNotEmpty();
	}

	private static Choices bind(Object... namesAndValues) {
		Choices choices = new Choices();
		MutablePropertyValues values = new MutablePropertyValues();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.add((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		WebDataBinder binder = binder(choices);
		binder.bind(values);
		assertThat(binder.getBindingResult().hasErrors()).as(binder.getBindingResult().toString()).isFalse();
		return choices;
	}

	private static WebDataBinder binder(Choices target) {
		WebDataBinder binder = new WebDataBinder(target);
		binder.setConversionService(new DefaultFormattingConversionService());
		new WebBindingAdvice().trimStrings(binder);
		return binder;
	}

	public static class Choices {

		private Set<Long> ids = new LinkedHashSet<>();

		private Set<DayOfWeek> days = new LinkedHashSet<>();

		private List<String> names = new ArrayList<>();

		public Set<Long> getIds() {
			return this.ids;
		}

		public void setIds(Set<Long> ids) {
			this.ids = ids;
		}

		public Set<DayOfWeek> getDays() {
			return this.days;
		}

		public void setDays(Set<DayOfWeek> days) {
			this.days = days;
		}

		public List<String> getNames() {
			return this.names;
		}

		public void setNames(List<String> names) {
			this.names = names;
		}

	}

}
