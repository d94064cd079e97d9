package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.shared.history.StatusChange;
import org.hibernate.envers.Audited;

/**
 * A recorded change of ecosystem phase, from which phase to which and as of which day.
 */
@Entity
@Audited
@SequenceGenerator(sequenceName = "neighbourhood_phase_change_id_seq", allocationSize = 50)
@Table(name = "neighbourhood_phase_change")
@AttributeOverride(name = "subjectId", column = @Column(name = "neighbourhood_id", nullable = false))
class PhaseChange extends StatusChange<EcosystemPhase> {

	protected PhaseChange() {
	}

	PhaseChange(Long neighbourhoodId, EcosystemPhase from, EcosystemPhase to, LocalDate changedOn, Long changedBy) {
		super(neighbourhoodId, from, to, changedOn, changedBy, null, null);
	}

}
