package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static nl.cultuurschakel.binnenbuiten.idea.IdeaStatus.COLLECTED;
import static nl.cultuurschakel.binnenbuiten.idea.IdeaStatus.EXPLORING;
import static nl.cultuurschakel.binnenbuiten.idea.IdeaStatus.PARKED;
import static nl.cultuurschakel.binnenbuiten.idea.IdeaStatus.PLANNED;
import static nl.cultuurschakel.binnenbuiten.idea.IdeaStatus.REALISED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The idea lifecycle: exactly these moves, and their conditions.
 */
class IdeaLifecycleRulesTests {

	private static final Map<IdeaStatus, Set<IdeaStatus>> ALLOWED = Map.of(COLLECTED, EnumSet.of(EXPLORING, PARKED),
			EXPLORING, EnumSet.of(PLANNED, PARKED), PLANNED, EnumSet.of(REALISED, PARKED), PARKED,
			EnumSet.of(COLLECTED), REALISED, EnumSet.noneOf(IdeaStatus.class));

	@ParameterizedTest
	@EnumSource(IdeaStatus.class)
	void everyMoveIsAllowedOrForbiddenAsSpecified(IdeaStatus from) {
		for (IdeaStatus to : IdeaStatus.values()) {
			assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
		}
	}

	@ParameterizedTest
	@EnumSource(IdeaStatus.class)
	void anIdeaMovesOnlyAlongAllowedPaths(IdeaStatus from) {
		for (IdeaStatus to : IdeaStatus.values()) {
			Idea idea = ideaIn(from);
			if (ALLOWED.get(from).contains(to)) {
				assertThat(idea.moveTo(to, "reden", 1)).isEqualTo(from);
				assertThat(idea.getStatus()).isEqualTo(to);
			}
			else {
				assertThatThrownBy(() -> idea.moveTo(to, "reden", 1)).isInstanceOf(IdeaTransitionException.class)
					.extracting((ex) -> ((IdeaTransitionException) ex).reason())
					.isEqualTo("idea.transition.notAllowed");
				assertThat(idea.getStatus()).isEqualTo(from);
			}
		}
	}

	@Test
	void parkingNeedsAReasonAndReopeningClearsIt() {
		Idea idea = ideaIn(EXPLORING);
		assertThatThrownBy(() -> idea.moveTo(PARKED, "  ", 0)).isInstanceOf(IdeaTransitionException.class)
			.extracting((ex) -> ((IdeaTransitionException) ex).reason())
			.isEqualTo("idea.transition.reasonRequired");
		idea.moveTo(PARKED, "Geen ruimte in de wijk", 0);
		assertThat(idea.toDetails().parkedReason()).isEqualTo("Geen ruimte in de wijk");
		idea.moveTo(COLLECTED, null, 0);
		assertThat(idea.toDetails().parkedReason()).isNull();
		assertThat(idea.getStatus()).isEqualTo(COLLECTED);
	}

	@Test
	void realisingNeedsALinkedActivity() {
		Idea idea = ideaIn(PLANNED);
		assertThatThrownBy(() -> idea.moveTo(REALISED, null, 0)).isInstanceOf(IdeaTransitionException.class)
			.extracting((ex) -> ((IdeaTransitionException) ex).reason())
			.isEqualTo("idea.transition.activityRequired");
		assertThat(idea.getStatus()).isEqualTo(PLANNED);
		idea.moveTo(REALISED, null, 1);
		assertThat(idea.getStatus()).isEqualTo(REALISED);
	}

	private static Idea ideaIn(IdeaStatus status) {
		Idea idea = new Idea(
				new IdeaData("Voetbalshow", null, null, 1L, Discipline.SPORT_CULTURE, 5, LocalDate.of(2023, 3, 1)));
		switch (status) {
			case COLLECTED -> {
			}
			case EXPLORING -> idea.moveTo(EXPLORING, null, 0);
			case PLANNED -> {
				idea.moveTo(EXPLORING, null, 0);
				idea.moveTo(PLANNED, null, 0);
			}
			case REALISED -> {
				idea.moveTo(EXPLORING, null, 0);
				idea.moveTo(PLANNED, null, 0);
				idea.moveTo(REALISED, null, 1);
			}
			case PARKED -> idea.moveTo(PARKED, "reden", 0);
		}
		assertThat(idea.getStatus()).isEqualTo(status);
		return idea;
	}

}
