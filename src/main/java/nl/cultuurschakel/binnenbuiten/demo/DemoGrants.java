package nl.cultuurschakel.binnenbuiten.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.grant.GrantDecision;
import nl.cultuurschakel.binnenbuiten.grant.GrantRequest;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.grant.GrantStatus;
import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;

import org.springframework.stereotype.Component;

/**
 * The demo grants: 27 awarded (awarded, paid or settled) with decisions in 2022–2024,
 * nine a year, of €250–€2,500 each and within the yearly budgets; some requested,
 * rejected and withdrawn ones; one awarded before and one after the period. Grants in
 * Laakkwartier go to the demo partner user's organisation, so that it sees its own
 * grants.
 */
@Component
@RequiredArgsConstructor
class DemoGrants {

	static final Map<Integer, BigDecimal> BUDGETS = Map.of(2021, new BigDecimal("5000.00"), 2022,
			new BigDecimal("15000.00"), 2023, new BigDecimal("15000.00"), 2024, new BigDecimal("17500.00"), 2025,
			new BigDecimal("17500.00"));

	private final GrantService grants;

	void create(DemoNetwork network, List<DemoIdeas.Created> ideas) {
		BUDGETS.forEach(this.grants::setBudget);
		for (int year = 2022; year <= 2024; year++) {
			List<DemoIdeas.Created> fundable = inYear(ideas, year, true);
			for (int i = 0; i < 9; i++) {
				int k = (year - 2022) * 9 + i;
				DemoIdeas.Created idea = fundable.get(i % fundable.size());
				BigDecimal amount = BigDecimal.valueOf(250 + ((k * 731) % 2251) / 50 * 50L).setScale(2);
				LocalDate decided = idea.collectedOn().plusDays(30 + i % 3);
				Long id = request(network, idea, amount.add(BigDecimal.valueOf(50 * (k % 3))), decided.minusDays(14),
						k);
				award(id, amount, decided);
				if (year < 2024 || i % 3 != 0) {
					decide(id, GrantStatus.PAID, decided.plusDays(14));
				}
				if (year == 2022 || (year == 2023 && i % 2 == 0)) {
					decide(id,
							new GrantDecision(GrantStatus.SETTLED, decided.plusDays(240), null, null, null,
									decided.plusDays(230), false,
									"Verantwoording met foto's van de activiteit (zonder kinderen)."));
				}
			}
		}
		otherOutcomes(network, ideas);
	}

	/**
	 * Rejected, withdrawn and open requests, and awards outside 2022–2024.
	 */
	private void otherOutcomes(DemoNetwork network, List<DemoIdeas.Created> ideas) {
		List<DemoIdeas.Created> all2023 = inYear(ideas, 2023, false);
		List<DemoIdeas.Created> all2024 = inYear(ideas, 2024, false);
		decide(request(network, all2023.get(0), new BigDecimal("3000.00"), LocalDate.of(2023, 6, 1), 1),
				GrantStatus.REJECTED, LocalDate.of(2023, 6, 20));
		decide(request(network, all2024.get(1), new BigDecimal("2750.00"), LocalDate.of(2024, 5, 2), 2),
				GrantStatus.REJECTED, LocalDate.of(2024, 5, 30));
		decide(request(network, all2023.get(3), new BigDecimal("600.00"), LocalDate.of(2023, 9, 4), 3),
				GrantStatus.WITHDRAWN, LocalDate.of(2023, 10, 1));
		Long withdrawn = request(network, all2024.get(2), new BigDecimal("900.00"), LocalDate.of(2024, 3, 4), 4);
		award(withdrawn, new BigDecimal("800.00"), LocalDate.of(2024, 3, 20));
		decide(withdrawn, GrantStatus.WITHDRAWN, LocalDate.of(2024, 4, 15));
		for (int i = 0; i < 3; i++) {
			request(network, all2024.get(3 + i), new BigDecimal("1250.00").add(BigDecimal.valueOf(125L * i)),
					LocalDate.of(2024, 11, 4 + 7 * i), 5 + i);
		}
		for (DemoIdeas.Created idea : ideas) {
			if (!idea.inPeriod()) {
				LocalDate decided = idea.collectedOn().plusDays(45);
				Long id = request(network, idea, new BigDecimal("1500.00"), idea.collectedOn().plusDays(20), 9);
				award(id, new BigDecimal("1500.00"), decided);
				decide(id, GrantStatus.PAID, decided.plusDays(10));
			}
		}
	}

	private static List<DemoIdeas.Created> inYear(List<DemoIdeas.Created> ideas, int year, boolean fundable) {
		List<DemoIdeas.Created> found = new ArrayList<>();
		for (DemoIdeas.Created idea : ideas) {
			boolean active = idea.status() != IdeaStatus.COLLECTED && idea.status() != IdeaStatus.PARKED;
			if (idea.inPeriod() && idea.collectedOn().getYear() == year && (active || !fundable)) {
				found.add(idea);
			}
		}
		return found;
	}

	private Long request(DemoNetwork network, DemoIdeas.Created idea, BigDecimal amount, LocalDate on, int k) {
		List<Long> local = network.localPartners().get(idea.neighbourhood());
		Long recipient = "Laakkwartier".equals(idea.neighbourhood())
				? network.partners().get(DemoPartners.DEMO_USER_PARTNER) : local.get((k % 2 == 0) ? 2 : 3);
		return this.grants.request(
				new GrantRequest(idea.id(), recipient, amount, on,
						"Besteden aan materiaal en begeleiding; activiteit gratis voor kinderen.", on.plusMonths(10)),
				DemoIdeas.ADVISOR);
	}

	private void award(Long id, BigDecimal amount, LocalDate on) {
		decide(id, new GrantDecision(GrantStatus.AWARDED, on, amount, null, null, null, false, null));
	}

	private void decide(Long id, GrantStatus status, LocalDate on) {
		decide(id, new GrantDecision(status, on, null, null, null, null, false, null));
	}

	private void decide(Long id, GrantDecision decision) {
		this.grants.decide(id, decision, DemoIdeas.ADVISOR);
	}

}
