package nl.cultuurschakel.binnenbuiten.dashboard;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportNarrativeRepository extends JpaRepository<ReportNarrative, Long> {

	Optional<ReportNarrative> findByPeriodFromAndPeriodTo(LocalDate from, LocalDate to);

}
