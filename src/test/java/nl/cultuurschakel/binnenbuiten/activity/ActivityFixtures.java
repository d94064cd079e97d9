package nl.cultuurschakel.binnenbuiten.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Activities for tests, in neighbourhoods made through this fixture; removed again with
 * {@link #deleteCreated()}, which must run before
 * {@link NetworkFixtures#deleteCreated()}.
 */
@TestComponent
public class ActivityFixtures {

	private final ActivityService activities;

	private final NetworkFixtures network;

	private final JdbcTemplate jdbc;

	private final List<Long> neighbourhoodIds = new ArrayList<>();

	ActivityFixtures(ActivityService activities, NetworkFixtures network, JdbcTemplate jdbc) {
		this.activities = activities;
		this.network = network;
		this.jdbc = jdbc;
	}

	/**
	 * A neighbourhood whose activities are removed after the test.
	 */
	public Long neighbourhood(String name) {
		Long id = this.network.neighbourhood(name);
		track(id);
		return id;
	}

	public void track(Long neighbourhoodId) {
		this.neighbourhoodIds.add(neighbourhoodId);
	}

	/**
	 * Plans one activity, overlaps confirmed.
	 */
	public Long activity(Builder builder) {
		return this.activities.plan(builder.build(), null, true).get(0);
	}

	public static Builder activity(Long neighbourhoodId, Long partnerId, LocalDate date, String start, String end) {
		return new Builder(neighbourhoodId, partnerId, date, LocalTime.parse(start), LocalTime.parse(end));
	}

	public void deleteCreated() {
		for (Long id : this.neighbourhoodIds) {
			this.jdbc.update("delete from activity where neighbourhood_id = ?", id);
		}
		this.neighbourhoodIds.clear();
	}

	/**
	 * Test data with sensible defaults: a free dance lesson for ages 8–12 at an address.
	 */
	public static final class Builder {

		private String title = "Dansles";

		private final Long neighbourhoodId;

		private Set<Long> partnerIds;

		private LocalDate date;

		private final LocalTime start;

		private final LocalTime end;

		private Long spaceId;

		private String address = "Wijkpark 1, Den Haag";

		private int minAge = 8;

		private int maxAge = 12;

		private CostType costType = CostType.FREE;

		private BigDecimal price;

		private String description;

		private Set<PromotionChannel> channels = Set.of(PromotionChannel.SOCIAL_MEDIA);

		Builder(Long neighbourhoodId, Long partnerId, LocalDate date, LocalTime start, LocalTime end) {
			this.neighbourhoodId = neighbourhoodId;
			this.partnerIds = Set.of(partnerId);
			this.date = date;
			this.start = start;
			this.end = end;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder description(String description) {
			this.description = description;
			return this;
		}

		public Builder space(Long spaceId) {
			this.spaceId = spaceId;
			this.address = null;
			return this;
		}

		public Builder ages(int min, int max) {
			this.minAge = min;
			this.maxAge = max;
			return this;
		}

		public Builder paid(String euros) {
			this.costType = CostType.PAID;
			this.price = new BigDecimal(euros);
			return this;
		}

		public Builder cost(CostType costType) {
			this.costType = costType;
			return this;
		}

		public Builder partners(Long... partnerIds) {
			this.partnerIds = Set.of(partnerIds);
			return this;
		}

		public Builder channels(PromotionChannel... channels) {
			this.channels = Set.of(channels);
			return this;
		}

		public Builder on(LocalDate date) {
			this.date = date;
			return this;
		}

		public ActivityData build() {
			return new ActivityData(this.title, this.description, this.neighbourhoodId, this.partnerIds, this.date,
					this.start, this.end, this.spaceId, this.address, Discipline.DANCE, this.minAge, this.maxAge, 20,
					this.costType, this.price, null, this.channels, null);
		}

	}

}
