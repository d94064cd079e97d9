package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static nl.cultuurschakel.binnenbuiten.grant.GrantStatus.AWARDED;
import static nl.cultuurschakel.binnenbuiten.grant.GrantStatus.PAID;
import static nl.cultuurschakel.binnenbuiten.grant.GrantStatus.REJECTED;
import static nl.cultuurschakel.binnenbuiten.grant.GrantStatus.REQUESTED;
import static nl.cultuurschakel.binnenbuiten.grant.GrantStatus.SETTLED;
import static nl.cultuurschakel.binnenbuiten.grant.GrantStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The grant's path: exactly these moves, their conditions, and exact amounts.
 */
class GrantPathRulesTests {

	private static final LocalDate DAY = LocalDate.of(2023, 5, 1);

	private static final Map<GrantStatus, Set<GrantStatus>> ALLOWED = Map.of(REQUESTED,
			EnumSet.of(AWARDED, REJECTED, WITHDRAWN), AWARDED, EnumSet.of(PAID, WITHDRAWN), PAID, EnumSet.of(SETTLED),
			SETTLED, EnumSet.noneOf(GrantStatus.class), REJECTED, EnumSet.noneOf(GrantStatus.class), WITHDRAWN,
			EnumSet.noneOf(GrantStatus.class));

	@ParameterizedTest
	@EnumSource(GrantStatus.class)
	void everyMoveIsAllowedOrForbiddenAsSpecified(GrantStatus from) {
		for (GrantStatus to : GrantStatus.values()) {
			Grant grant = grantIn(from);
			assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
			if (ALLOWED.get(from).contains(to)) {
				assertThat(grant.decide(complete(to), false)).isEqualTo(from);
				assertThat(grant.getStatus()).isEqualTo(to);
			}
			else {
				assertThatThrownBy(() -> grant.decide(complete(to), false)).as("%s -> %s", from, to)
					.isInstanceOf(GrantTransitionException.class);
				assertThat(grant.getStatus()).isEqualTo(from);
			}
		}
	}

	@Test
	void onlyWithdrawingIsNotACoordinatorDecision() {
		assertThat(EnumSet.allOf(GrantStatus.class).stream().filter(GrantStatus::isCoordinatorDecision).toList())
			.containsExactlyInAnyOrder(AWARDED, PAID, SETTLED, REJECTED);
	}

	@Test
	void settlingNeedsTheReportReceivedDate() {
		Grant grant = grantIn(PAID);
		assertThatThrownBy(
				() -> grant.decide(new GrantDecision(SETTLED, DAY, null, null, null, null, false, null), false))
			.isInstanceOf(GrantTransitionException.class)
			.extracting((ex) -> ((GrantTransitionException) ex).reason())
			.isEqualTo("grant.transition.reportRequired");
		grant.decide(new GrantDecision(SETTLED, DAY, null, null, null, DAY.minusDays(3), false, null), false);
		assertThat(grant.toDetails().reportReceivedOn()).isEqualTo(DAY.minusDays(3));
		assertThat(grant.toDetails().settledOn()).isEqualTo(DAY);
	}

	@Test
	void awardingNeedsAnAmountAboveZeroAndAtMostTheMaximum() {
		for (String amount : new String[] { "0", "0.00", "-1", "25000.01", "12.345" }) {
			Grant grant = grantIn(REQUESTED);
			assertThatThrownBy(() -> grant
				.decide(new GrantDecision(AWARDED, DAY, new BigDecimal(amount), null, null, null, false, null), false))
				.as(amount)
				.isInstanceOf(GrantTransitionException.class);
		}
		Grant grant = grantIn(REQUESTED);
		grant.decide(new GrantDecision(AWARDED, DAY, new BigDecimal("25000.00"), null, null, null, false, null), true);
		assertThat(grant.toDetails().amountAwarded()).isEqualByComparingTo("25000");
		assertThat(grant.toDetails().overBudget()).isTrue();
		assertThat(grant.toDetails().decidedOn()).isEqualTo(DAY);
	}

	@Test
	void aDecidedRequestCannotBeEdited() {
		Grant grant = grantIn(AWARDED);
		assertThatThrownBy(() -> grant.describe(new GrantRequest(1L, 2L, new BigDecimal("10.00"), DAY, null, null)))
			.isInstanceOf(GrantTransitionException.class);
	}

	@Test
	void amountsAreExactDecimals() {
		assertThat(Grant.isValidAmount(new BigDecimal("0.01"))).isTrue();
		assertThat(Grant.isValidAmount(new BigDecimal("0.001"))).isFalse();
		assertThat(Grant.isValidAmount(new BigDecimal("25000"))).isTrue();
		assertThat(Grant.isValidAmount(new BigDecimal("25000.001"))).isFalse();
		assertThat(new BigDecimal("0.10").add(new BigDecimal("0.20"))).isEqualByComparingTo("0.30");
	}

	private static GrantDecision complete(GrantStatus to) {
		return new GrantDecision(to, DAY, new BigDecimal("1250.50"), null, null, DAY, false, null);
	}

	private static Grant grantIn(GrantStatus status) {
		Grant grant = new Grant(new GrantRequest(1L, 2L, new BigDecimal("1500.00"), DAY.minusDays(20), null, null));
		switch (status) {
			case REQUESTED -> {
			}
			case AWARDED, REJECTED, WITHDRAWN -> grant.decide(complete(status), false);
			case PAID -> {
				grant.decide(complete(AWARDED), false);
				grant.decide(complete(PAID), false);
			}
			case SETTLED -> {
				grant.decide(complete(AWARDED), false);
				grant.decide(complete(PAID), false);
				grant.decide(complete(SETTLED), false);
			}
		}
		assertThat(grant.getStatus()).isEqualTo(status);
		return grant;
	}

}
