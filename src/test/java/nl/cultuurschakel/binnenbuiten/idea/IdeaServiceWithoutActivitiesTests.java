package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;
import java.util.Optional;

import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Without an activity module: no activities, no linking, and no idea becomes realised.
 */
class IdeaServiceWithoutActivitiesTests {

	private final IdeaRepository ideas = mock(IdeaRepository.class);

	private final IdeaStatusChangeRepository changes = mock(IdeaStatusChangeRepository.class);

	private final IdeaService service = new IdeaService(this.ideas, this.changes,
			new StaticListableBeanFactory().getBeanProvider(IdeaActivities.class));

	@Test
	void realisingIsRefusedBecauseNothingCanBeLinked() {
		Idea idea = new Idea(
				new IdeaData("Technisch lego", null, null, 1L, Discipline.CRAFT_TECH, 4, LocalDate.of(2023, 2, 1)));
		idea.moveTo(IdeaStatus.EXPLORING, null, 0);
		idea.moveTo(IdeaStatus.PLANNED, null, 0);
		given(this.ideas.findById(7L)).willReturn(Optional.of(idea));

		assertThat(this.service.canLinkActivities()).isFalse();
		assertThat(this.service.activitiesOf(7L)).isEmpty();
		assertThat(this.service.linkableActivities(7L)).isEmpty();
		assertThatThrownBy(
				() -> this.service.changeStatus(7L, IdeaStatus.REALISED, LocalDate.of(2023, 6, 1), null, Actor.SYSTEM))
			.isInstanceOf(IdeaTransitionException.class);
		assertThat(idea.getStatus()).isEqualTo(IdeaStatus.PLANNED);
		verify(this.changes, never()).save(any());
	}

}
