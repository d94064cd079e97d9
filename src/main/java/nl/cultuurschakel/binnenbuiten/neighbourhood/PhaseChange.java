package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A recorded change of ecosystem phase. Append-only history.
 */
@Entity
@Table(name = "neighbourhood_phase_change")
class PhaseChange {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "neighbourhood_phase_change_id_seq")
	@SequenceGenerator(name = "neighbourhood_phase_change_id_seq", sequenceName = "neighbourhood_phase_change_id_seq",
			allocationSize = 50)
	private Long id;

	@Column(name = "neighbourhood_id", nullable = false)
	private Long neighbourhoodId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EcosystemPhase phase;

	@Column(name = "changed_on", nullable = false)
	private LocalDate changedOn;

	@Column(name = "changed_by")
	private Long changedBy;

	protected PhaseChange() {
	}

	PhaseChange(Long neighbourhoodId, EcosystemPhase phase, LocalDate changedOn, Long changedBy) {
		this.neighbourhoodId = neighbourhoodId;
		this.phase = phase;
		this.changedOn = changedOn;
		this.changedBy = changedBy;
	}

	PhaseHistoryEntry toEntry() {
		return new PhaseHistoryEntry(this.phase, this.changedOn);
	}

}
