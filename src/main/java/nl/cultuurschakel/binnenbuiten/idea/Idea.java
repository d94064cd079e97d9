package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import nl.cultuurschakel.binnenbuiten.shared.VersionedEntity;
import org.hibernate.envers.Audited;

@Entity
@Audited
@SequenceGenerator(sequenceName = "idea_id_seq", allocationSize = 50)
@Table(name = "idea")
class Idea extends VersionedEntity {

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 5000)
	private String description;

	@Column(name = "workshop_id")
	private Long workshopId;

	@Column(name = "neighbourhood_id", nullable = false)
	private Long neighbourhoodId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Discipline discipline;

	@Column(name = "children_count", nullable = false)
	private int childrenCount;

	@Column(name = "collected_on", nullable = false)
	private LocalDate collectedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private IdeaStatus status = IdeaStatus.COLLECTED;

	@Column(name = "parked_reason", length = 1000)
	private String parkedReason;

	@ElementCollection
	@CollectionTable(name = "idea_partner", joinColumns = @JoinColumn(name = "idea_id"))
	@Column(name = "partner_id", nullable = false)
	private Set<Long> partnerIds = new HashSet<>();

	protected Idea() {
	}

	Idea(IdeaData data) {
		describe(data);
	}

	void describe(IdeaData data) {
		this.title = data.title();
		this.description = data.description();
		this.workshopId = data.workshopId();
		this.neighbourhoodId = data.neighbourhoodId();
		this.discipline = data.discipline();
		this.childrenCount = data.childrenCount();
		this.collectedOn = data.collectedOn();
	}

	/**
	 * Moves the idea along its lifecycle.
	 * @param note the reason when parking (required then), otherwise optional
	 * @param linkedActivities how many activities realise the idea
	 * @return the status before
	 * @throws IdeaTransitionException when the lifecycle does not allow it
	 */
	IdeaStatus moveTo(IdeaStatus target, String note, int linkedActivities) {
		IdeaStatus before = this.status;
		if (!before.canMoveTo(target)) {
			throw new IdeaTransitionException("idea.transition.notAllowed", before, target);
		}
		if (target == IdeaStatus.PARKED && (note == null || note.isBlank())) {
			throw new IdeaTransitionException("idea.transition.reasonRequired", before, target);
		}
		if (target == IdeaStatus.REALISED && linkedActivities < 1) {
			throw new IdeaTransitionException("idea.transition.activityRequired", before, target);
		}
		this.status = target;
		this.parkedReason = (target == IdeaStatus.PARKED) ? note : null;
		return before;
	}

	void takenUpBy(Set<Long> partnerIds) {
		this.partnerIds.clear();
		this.partnerIds.addAll(partnerIds);
	}

	Long getNeighbourhoodId() {
		return this.neighbourhoodId;
	}

	IdeaStatus getStatus() {
		return this.status;
	}

	IdeaDetails toDetails() {
		return new IdeaDetails(getId(),
				new IdeaData(this.title, this.description, this.workshopId, this.neighbourhoodId, this.discipline,
						this.childrenCount, this.collectedOn),
				this.status, this.parkedReason, Set.copyOf(this.partnerIds), getVersion());
	}

}
