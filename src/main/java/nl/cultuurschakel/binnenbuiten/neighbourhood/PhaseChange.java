package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.shared.history.StatusChange;

/**
 * A recorded change of ecosystem phase, from which phase to which and as of which day.
 */
@Entity
@Table(name = "neighbourhood_phase_change")
@AttributeOverride(name = "subjectId", column = @Column(name = "neighbourhood_id", nullable = false))
class PhaseChange extends StatusChange<EcosystemPhase> {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "neighbourhood_phase_change_id_seq")
	@SequenceGenerator(name = "neighbourhood_phase_change_id_seq", sequenceName = "neighbourhood_phase_change_id_seq",
			allocationSize = 50)
	private Long id;

	protected PhaseChange() {
	}

	PhaseChange(Long neighbourhoodId, EcosystemPhase from, EcosystemPhase to, LocalDate changedOn, Long changedBy) {
		super(neighbourhoodId, from, to, changedOn, changedBy, null, null);
	}

}
