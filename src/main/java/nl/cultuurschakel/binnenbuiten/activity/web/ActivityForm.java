package nl.cultuurschakel.binnenbuiten.activity.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

import nl.cultuurschakel.binnenbuiten.activity.ActivityData;
import nl.cultuurschakel.binnenbuiten.activity.AgeRange;
import nl.cultuurschakel.binnenbuiten.activity.CostType;
import nl.cultuurschakel.binnenbuiten.activity.PromotionChannel;
import nl.cultuurschakel.binnenbuiten.activity.Recurrence;
import nl.cultuurschakel.binnenbuiten.activity.SeriesPlan;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import nl.cultuurschakel.binnenbuiten.shared.web.VersionedForm;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An activity as entered, optionally as the first of a series; also carries the user's
 * confirmation of overlaps and, when editing a series, whether later occurrences change
 * too. The series fields are validated only in the {@link NewSeries} group.
 */
@ConsistentActivity
@ConsistentSeries(groups = ActivityForm.NewSeries.class)
class ActivityForm extends VersionedForm {

	/**
	 * The rules for planning a new activity, which may repeat (an edit changes one
	 * activity, or it and the later ones of its series, never the series' length).
	 */
	interface NewSeries {

	}

	@NotNull
	@Size(min = 2, max = 200)
	private String title;

	@Size(max = 5000)
	private String description;

	@NotNull
	private Long neighbourhoodId;

	@NotEmpty
	private Set<Long> partnerIds = new LinkedHashSet<>();

	@NotNull
	@PlanningDay
	private LocalDate date;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startTime;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endTime;

	private Long spaceId;

	@Size(max = 300)
	private String address;

	@NotNull
	private Discipline discipline;

	@NotNull
	@Range(min = AgeRange.YOUNGEST, max = AgeRange.OLDEST, message = "{activity.age.range}")
	private Integer minAge;

	@NotNull
	@Range(min = AgeRange.YOUNGEST, max = AgeRange.OLDEST, message = "{activity.age.range}")
	private Integer maxAge;

	@Positive
	@Max(10_000)
	private Integer capacity;

	@NotNull
	private CostType costType;

	@Price
	private BigDecimal price;

	@Size(max = 1000)
	private String accessibilityNotes;

	private Set<PromotionChannel> channels = new LinkedHashSet<>();

	private Long sourceIdeaId;

	/** Narrows the source-idea choice to titles containing it; never stored. */
	@Size(max = 200)
	private String ideaQuery;

	private Recurrence repeat;

	private LocalDate until;

	private Integer occurrences;

	private boolean confirmOverlaps;

	private boolean following;

	static ActivityForm of(ActivityData data, long version) {
		ActivityForm form = new ActivityForm();
		form.title = data.title();
		form.description = data.description();
		form.neighbourhoodId = data.neighbourhoodId();
		form.partnerIds = new LinkedHashSet<>(data.partnerIds());
		form.date = data.date();
		form.startTime = data.startTime();
		form.endTime = data.endTime();
		form.spaceId = data.spaceId();
		form.address = data.address();
		form.discipline = data.discipline();
		form.minAge = data.minAge();
		form.maxAge = data.maxAge();
		form.capacity = data.capacity();
		form.costType = data.costType();
		form.price = data.price();
		form.accessibilityNotes = data.accessibilityNotes();
		form.channels = new LinkedHashSet<>(data.channels());
		form.sourceIdeaId = data.sourceIdeaId();
		form.setVersion(version);
		return form;
	}

	ActivityData toData() {
		return new ActivityData(this.title, this.description, this.neighbourhoodId, this.partnerIds, this.date,
				this.startTime, this.endTime, this.spaceId, this.address, this.discipline, this.minAge, this.maxAge,
				this.capacity, this.costType, this.price, this.accessibilityNotes, this.channels, this.sourceIdeaId);
	}

	SeriesPlan toSeries() {
		return (this.repeat != null) ? new SeriesPlan(this.repeat, this.until, this.occurrences) : null;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getNeighbourhoodId() {
		return this.neighbourhoodId;
	}

	public void setNeighbourhoodId(Long neighbourhoodId) {
		this.neighbourhoodId = neighbourhoodId;
	}

	public Set<Long> getPartnerIds() {
		return this.partnerIds;
	}

	public void setPartnerIds(Set<Long> partnerIds) {
		this.partnerIds = (partnerIds != null) ? partnerIds : new LinkedHashSet<>();
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getStartTime() {
		return this.startTime;
	}

	public void setStartTime(LocalTime startTime) {
		this.startTime = startTime;
	}

	public LocalTime getEndTime() {
		return this.endTime;
	}

	public void setEndTime(LocalTime endTime) {
		this.endTime = endTime;
	}

	public Long getSpaceId() {
		return this.spaceId;
	}

	public void setSpaceId(Long spaceId) {
		this.spaceId = spaceId;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Discipline getDiscipline() {
		return this.discipline;
	}

	public void setDiscipline(Discipline discipline) {
		this.discipline = discipline;
	}

	public Integer getMinAge() {
		return this.minAge;
	}

	public void setMinAge(Integer minAge) {
		this.minAge = minAge;
	}

	public Integer getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(Integer maxAge) {
		this.maxAge = maxAge;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public CostType getCostType() {
		return this.costType;
	}

	public void setCostType(CostType costType) {
		this.costType = costType;
	}

	public BigDecimal getPrice() {
		return this.price;
	}

	public void setPrice(BigDecimal price) {
		this.price = price;
	}

	public String getAccessibilityNotes() {
		return this.accessibilityNotes;
	}

	public void setAccessibilityNotes(String accessibilityNotes) {
		this.accessibilityNotes = accessibilityNotes;
	}

	public Set<PromotionChannel> getChannels() {
		return this.channels;
	}

	public void setChannels(Set<PromotionChannel> channels) {
		this.channels = (channels != null) ? channels : new LinkedHashSet<>();
	}

	public Long getSourceIdeaId() {
		return this.sourceIdeaId;
	}

	public void setSourceIdeaId(Long sourceIdeaId) {
		this.sourceIdeaId = sourceIdeaId;
	}

	public String getIdeaQuery() {
		return this.ideaQuery;
	}

	public void setIdeaQuery(String ideaQuery) {
		this.ideaQuery = ideaQuery;
	}

	public Recurrence getRepeat() {
		return this.repeat;
	}

	public void setRepeat(Recurrence repeat) {
		this.repeat = repeat;
	}

	public LocalDate getUntil() {
		return this.until;
	}

	public void setUntil(LocalDate until) {
		this.until = until;
	}

	public Integer getOccurrences() {
		return this.occurrences;
	}

	public void setOccurrences(Integer occurrences) {
		this.occurrences = occurrences;
	}

	public boolean isConfirmOverlaps() {
		return this.confirmOverlaps;
	}

	public void setConfirmOverlaps(boolean confirmOverlaps) {
		this.confirmOverlaps = confirmOverlaps;
	}

	public boolean isFollowing() {
		return this.following;
	}

	public void setFollowing(boolean following) {
		this.following = following;
	}

}
