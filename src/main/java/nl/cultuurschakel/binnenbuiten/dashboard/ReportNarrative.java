package nl.cultuurschakel.binnenbuiten.dashboard;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * The coordinators' own words in a report: introduction, highlights and lessons learned,
 * stored per report period.
 */
@Entity
@Audited
@SequenceGenerator(sequenceName = "report_narrative_id_seq", allocationSize = 50)
@Table(name = "report_narrative")
class ReportNarrative extends VersionedEntity {

	@Column(name = "period_from", nullable = false)
	private LocalDate periodFrom;

	@Column(name = "period_to", nullable = false)
	private LocalDate periodTo;

	@Column(length = 10000)
	private String introduction;

	@Column(length = 10000)
	private String highlights;

	@Column(length = 10000)
	private String lessons;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected ReportNarrative() {
	}

	ReportNarrative(Period period) {
		this.periodFrom = period.from();
		this.periodTo = period.to();
	}

	void write(Narrative narrative, Long userId, Instant at) {
		this.introduction = narrative.introduction();
		this.highlights = narrative.highlights();
		this.lessons = narrative.lessons();
		this.updatedBy = userId;
		this.updatedAt = at;
	}

	Narrative toNarrative() {
		return new Narrative(this.introduction, this.highlights, this.lessons, getVersion());
	}

}
