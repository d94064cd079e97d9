package nl.cultuurschakel.binnenbuiten.shared;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnumSetsTests {

	@Test
	void copiesInEnumOrder() {
		assertThat(EnumSets.copyOf(DayOfWeek.class, List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY)))
			.containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
	}

	@Test
	void noneOrNullIsAnEmptySetToAddTo() {
		Set<DayOfWeek> none = EnumSets.copyOf(DayOfWeek.class, null);
		none.add(DayOfWeek.SUNDAY);
		assertThat(none).containsExactly(DayOfWeek.SUNDAY);
		assertThat(EnumSets.copyOf(DayOfWeek.class, Set.of())).isEmpty();
	}

	@Test
	void theCopyIsItsOwn() {
		List<DayOfWeek> given = new ArrayList<>(List.of(DayOfWeek.TUESDAY));
		Set<DayOfWeek> copy = EnumSets.copyOf(DayOfWeek.class, given);
		given.add(DayOfWeek.WEDNESDAY);
		assertThat(copy).containsExactly(DayOfWeek.TUESDAY);
	}

}
