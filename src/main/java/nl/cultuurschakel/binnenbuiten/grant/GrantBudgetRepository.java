package nl.cultuurschakel.binnenbuiten.grant;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GrantBudgetRepository extends JpaRepository<GrantBudget, Long> {

	Optional<GrantBudget> findByYear(int year);

}
