package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many activities were promoted through several channels (for the building-blocks
 * scan): cancelled ones and those outside the period do not count.
 */
@IntegrationTest
@Transactional
class ActivityChannelFiguresTests {

	@Autowired
	ActivityFigures figures;

	@Autowired
	ActivityService activities;

	@Autowired
	ActivityFixtures fixtures;

	@Autowired
	NetworkFixtures network;

	@Autowired
	EntityManager entityManager;

	@Test
	void countsActivitiesPromotedThroughAtLeastTheGivenNumberOfChannels() {
		Long wijk = this.network.neighbourhood("Kanaalwijk");
		Long partner = this.network.partner("Kanaalpartner", PartnerDomain.SOCIAL);
		LocalDate day = LocalDate.of(2023, 5, 1);
		this.fixtures.activity(activity(wijk, partner, day, "10:00", "11:00").channels(PromotionChannel.POSTER_FLYER,
				PromotionChannel.SOCIAL_MEDIA));
		this.fixtures.activity(activity(wijk, partner, day, "12:00", "13:00").channels(PromotionChannel.POSTER_FLYER,
				PromotionChannel.SOCIAL_MEDIA, PromotionChannel.SCHOOL_NEWSLETTER));
		this.fixtures.activity(activity(wijk, partner, day, "14:00", "15:00"));
		this.fixtures.activity(activity(wijk, partner, day.plusYears(1), "10:00", "11:00")
			.channels(PromotionChannel.POSTER_FLYER, PromotionChannel.SOCIAL_MEDIA));
		Long cancelled = this.fixtures.activity(activity(wijk, partner, day, "16:00", "17:00")
			.channels(PromotionChannel.POSTER_FLYER, PromotionChannel.SOCIAL_MEDIA));
		this.activities.cancel(cancelled, "Geen zaal");
		this.entityManager.flush();

		LocalDate from = LocalDate.of(2023, 1, 1);
		LocalDate to = LocalDate.of(2023, 12, 31);
		assertThat(this.figures.countPromotedThrough(2, from, to, List.of(wijk))).isEqualTo(2);
		assertThat(this.figures.countPromotedThrough(3, from, to, List.of(wijk))).isEqualTo(1);
		assertThat(this.figures.countPromotedThrough(1, from, to, List.of(wijk))).isEqualTo(3);
	}

}
