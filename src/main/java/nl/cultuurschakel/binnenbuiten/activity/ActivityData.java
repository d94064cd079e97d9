package nl.cultuurschakel.binnenbuiten.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.shared.Discipline;

/**
 * An activity as entered: one occurrence, or the first of a series.
 *
 * @param spaceId a partner's shared space, or {@code null} when {@code address} is used
 * @param price only for {@link CostType#PAID}
 */
public record ActivityData(String title, String description, Long neighbourhoodId, Set<Long> partnerIds, LocalDate date,
		LocalTime startTime, LocalTime endTime, Long spaceId, String address, Discipline discipline, int minAge,
		int maxAge, Integer capacity, CostType costType, BigDecimal price, String accessibilityNotes,
		Set<PromotionChannel> channels, Long sourceIdeaId) {

	public ActivityData {
		partnerIds = Set.copyOf(partnerIds);
		channels = (channels != null) ? Set.copyOf(channels) : Set.of();
	}

	TimeSlot slot() {
		return new TimeSlot(this.date, this.startTime, this.endTime);
	}

	AgeRange ages() {
		return new AgeRange(this.minAge, this.maxAge);
	}

	ActivityData on(LocalDate otherDate) {
		return new ActivityData(this.title, this.description, this.neighbourhoodId, this.partnerIds, otherDate,
				this.startTime, this.endTime, this.spaceId, this.address, this.discipline, this.minAge, this.maxAge,
				this.capacity, this.costType, this.price, this.accessibilityNotes, this.channels, this.sourceIdeaId);
	}

}
