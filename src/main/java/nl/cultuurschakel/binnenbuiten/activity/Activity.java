package nl.cultuurschakel.binnenbuiten.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

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
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/**
 * One BinnenBuiten activity on one day. An occurrence of a series is an activity of its
 * own that shares the series id.
 */
@Entity
@Audited
@SequenceGenerator(sequenceName = "activity_id_seq", allocationSize = 50)
@Table(name = "activity")
class Activity extends VersionedEntity {

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 5000)
	private String description;

	@Column(name = "neighbourhood_id", nullable = false)
	private Long neighbourhoodId;

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "activity_partner", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "partner_id")
	private Set<Long> partnerIds = new HashSet<>();

	@Column(name = "activity_date", nullable = false)
	private LocalDate date;

	@Column(name = "start_time", nullable = false)
	private LocalTime startTime;

	@Column(name = "end_time", nullable = false)
	private LocalTime endTime;

	@Column(name = "space_id")
	private Long spaceId;

	@Column(length = 300)
	private String address;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Discipline discipline;

	@Column(name = "min_age", nullable = false)
	private int minAge;

	@Column(name = "max_age", nullable = false)
	private int maxAge;

	private Integer capacity;

	@Enumerated(EnumType.STRING)
	@Column(name = "cost_type", nullable = false, length = 20)
	private CostType costType;

	@Column(precision = 12, scale = 2)
	private BigDecimal price;

	@Column(name = "accessibility_notes", length = 1000)
	private String accessibilityNotes;

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "activity_channel", joinColumns = @JoinColumn(name = "activity_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "channel")
	private Set<PromotionChannel> channels = EnumSet.noneOf(PromotionChannel.class);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ActivityStatus status = ActivityStatus.PLANNED;

	@Column(name = "cancel_reason", length = 1000)
	private String cancelReason;

	@Column(name = "children_reached")
	private Integer childrenReached;

	@Column(name = "source_idea_id")
	private Long sourceIdeaId;

	@Column(name = "series_id")
	private UUID seriesId;

	protected Activity() {
	}

	Activity(ActivityData data, UUID seriesId) {
		this.seriesId = seriesId;
		describe(data);
	}

	/**
	 * Takes over everything entered, after checking the rules that hold for every
	 * activity.
	 */
	void describe(ActivityData data) {
		data.slot();
		data.ages();
		if (data.partnerIds().isEmpty()) {
			throw new InvalidActivityException("at least one organising partner");
		}
		boolean paid = data.costType() == CostType.PAID;
		if (paid != (data.price() != null && data.price().signum() > 0)) {
			throw new InvalidActivityException("a price only and always for PAID");
		}
		if (data.spaceId() != null && data.address() != null) {
			throw new InvalidActivityException("a space or an address, not both");
		}
		this.title = data.title();
		this.description = data.description();
		this.neighbourhoodId = data.neighbourhoodId();
		this.partnerIds.clear();
		this.partnerIds.addAll(data.partnerIds());
		this.date = data.date();
		this.startTime = data.startTime();
		this.endTime = data.endTime();
		this.spaceId = data.spaceId();
		this.address = data.address();
		this.discipline = data.discipline();
		this.minAge = data.minAge();
		this.maxAge = data.maxAge();
		this.capacity = data.capacity();
		this.costType = data.costType();
		this.price = data.price();
		this.accessibilityNotes = data.accessibilityNotes();
		this.channels.clear();
		this.channels.addAll(data.channels());
		this.sourceIdeaId = data.sourceIdeaId();
	}

	void markDone(int childrenReached) {
		if (childrenReached < 0) {
			throw new InvalidActivityException("children reached cannot be negative");
		}
		this.status = ActivityStatus.DONE;
		this.childrenReached = childrenReached;
		this.cancelReason = null;
	}

	void cancel(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidActivityException("a cancellation needs a reason");
		}
		this.status = ActivityStatus.CANCELLED;
		this.cancelReason = reason;
		this.childrenReached = null;
	}

	void linkSourceIdea(Long ideaId) {
		this.sourceIdeaId = ideaId;
	}

	/**
	 * Leaves the series: after "edit only this one" with another date, for example.
	 */
	void detachFromSeries() {
		this.seriesId = null;
	}

	ActivityData data() {
		return new ActivityData(this.title, this.description, this.neighbourhoodId, this.partnerIds, this.date,
				this.startTime, this.endTime, this.spaceId, this.address, this.discipline, this.minAge, this.maxAge,
				this.capacity, this.costType, this.price, this.accessibilityNotes, this.channels, this.sourceIdeaId);
	}

	TimeSlot slot() {
		return new TimeSlot(this.date, this.startTime, this.endTime);
	}

	AgeRange ages() {
		return new AgeRange(this.minAge, this.maxAge);
	}

	ActivitySummary toSummary() {
		return new ActivitySummary(getId(), this.title, this.neighbourhoodId, this.date, this.status,
				this.childrenReached);
	}

	String getTitle() {
		return this.title;
	}

	Long getNeighbourhoodId() {
		return this.neighbourhoodId;
	}

	Set<Long> getPartnerIds() {
		return this.partnerIds;
	}

	LocalDate getDate() {
		return this.date;
	}

	Long getSpaceId() {
		return this.spaceId;
	}

	ActivityStatus getStatus() {
		return this.status;
	}

	String getCancelReason() {
		return this.cancelReason;
	}

	Integer getChildrenReached() {
		return this.childrenReached;
	}

	Long getSourceIdeaId() {
		return this.sourceIdeaId;
	}

	UUID getSeriesId() {
		return this.seriesId;
	}

}
