package nl.cultuurschakel.binnenbuiten.demo;

import java.time.LocalDate;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.partner.MapMember;
import nl.cultuurschakel.binnenbuiten.partner.MemberLocations;
import nl.cultuurschakel.binnenbuiten.shared.DenHaag;
import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo neighbourhood's map shows its local partners near the neighbourhood's
 * centre, some spaces at a place of their own, and a few city-wide members without a
 * location. Loaded inside the test's transaction and rolled back afterwards.
 */
@IntegrationTest
@Transactional
class DemoLocationsTests {

	@Autowired
	DemoDataSet dataSet;

	@Autowired
	MemberLocations locations;

	@Test
	void everyNeighbourhoodMapShowsItsMembersNearItsCentre() {
		DemoNetwork network = this.dataSet.loadNetwork();
		int unlocated = 0;
		for (DemoNeighbourhoods.Spec spec : DemoNeighbourhoods.SPECS) {
			GeoPoint centre = new GeoPoint(spec.latitude(), spec.longitude());
			List<MapMember> members = this.locations.of(network.neighbourhoods().get(spec.name()),
					LocalDate.of(2024, 6, 30));
			List<Long> local = network.localPartners().get(spec.name());
			List<GeoPoint> points = members.stream().filter(MapMember::located).map(MapMember::position).toList();
			List<GeoPoint> localPoints = members.stream()
				.filter((member) -> local.contains(member.partnerId()))
				.map(MapMember::position)
				.toList();

			assertThat(points).allSatisfy((point) -> assertThat(DenHaag.AREA.contains(point)).isTrue());
			assertThat(localPoints).as(spec.name()).hasSize(5).allSatisfy((point) -> {
				assertThat(point.latitude().subtract(centre.latitude()).abs().doubleValue()).isLessThan(0.005);
				assertThat(point.longitude().subtract(centre.longitude()).abs().doubleValue()).isLessThan(0.005);
			});
			assertThat(points).as("no two members on the same spot in " + spec.name()).doesNotHaveDuplicates();
			assertThat(members.stream().flatMap((member) -> member.spaces().stream()).filter(MapMember.Place::located))
				.as("a studio at a place of its own in " + spec.name())
				.isNotEmpty();
			unlocated += (int) members.stream().filter((member) -> !member.located()).count();
		}
		assertThat(unlocated).as("members listed without a location").isPositive();
	}

}
