package nl.cultuurschakel.binnenbuiten.activity.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.activity.ActivityData;
import nl.cultuurschakel.binnenbuiten.activity.ActivityDates;
import nl.cultuurschakel.binnenbuiten.activity.AgeRange;
import nl.cultuurschakel.binnenbuiten.activity.CostType;
import nl.cultuurschakel.binnenbuiten.activity.PromotionChannel;
import nl.cultuurschakel.binnenbuiten.activity.Recurrence;
import nl.cultuurschakel.binnenbuiten.activity.SeriesPlan;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * An activity as entered, optionally as the first of a series; also carries the user's
 * confirmation of overlaps and, when editing a series, whether later occurrences change
 * too.
 */
class ActivityForm {

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
	private Integer minAge;

	@NotNull
	private Integer maxAge;

	@Positive
	@Max(10_000)
	private Integer capacity;

	@NotNull
	private CostType costType;

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

	private long version;

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
		form.version = version;
		return form;
	}

	/**
	 * The rules that involve more than one field, as field errors.
	 */
	void validate(Errors errors, boolean series) {
		checkDay(errors, "date", this.date);
		if (this.startTime != null && this.endTime != null && !this.endTime.isAfter(this.startTime)) {
			errors.rejectValue("endTime", "activity.endTime.afterStart");
		}
		checkAge(errors, "minAge", this.minAge);
		checkAge(errors, "maxAge", this.maxAge);
		if (this.minAge != null && this.maxAge != null && this.minAge > this.maxAge) {
			errors.rejectValue("maxAge", "activity.maxAge.belowMin");
		}
		if (this.costType == CostType.PAID && this.price == null) {
			errors.rejectValue("price", "activity.price.required");
		}
		else if (this.costType == CostType.PAID && (this.price.signum() <= 0 || this.price.scale() > 2
				|| this.price.compareTo(new BigDecimal("10000")) >= 0)) {
			errors.rejectValue("price", "activity.price.invalid");
		}
		else if (this.costType != CostType.PAID && this.price != null) {
			errors.rejectValue("price", "activity.price.onlyPaid");
		}
		if ((this.spaceId == null) == (this.address == null)) {
			errors.rejectValue("address", "activity.location.oneOf");
		}
		if (series && this.repeat != null) {
			validateSeries(errors);
		}
	}

	private void validateSeries(Errors errors) {
		if (checkDay(errors, "until", this.until) || !ActivityDates.contains(this.date)) {
			return;
		}
		if ((this.until == null) == (this.occurrences == null)) {
			errors.rejectValue("until", "activity.series.endOneOf");
		}
		else if (this.occurrences != null && (this.occurrences < 2 || this.occurrences > SeriesPlan.MAX_OCCURRENCES)) {
			errors.rejectValue("occurrences", "activity.series.occurrences",
					new Object[] { SeriesPlan.MAX_OCCURRENCES }, null);
		}
		else if (this.until != null && this.date != null && !this.until.isAfter(this.date)) {
			errors.rejectValue("until", "activity.series.untilAfterDate");
		}
		else if (this.until != null && this.date != null && ChronoUnit.WEEKS.between(this.date, this.until)
				/ this.repeat.weeks() >= SeriesPlan.MAX_OCCURRENCES) {
			errors.rejectValue("until", "activity.series.tooLong", new Object[] { SeriesPlan.MAX_OCCURRENCES }, null);
		}
	}

	/**
	 * @return whether the day was refused: given, but outside the planning years
	 */
	private static boolean checkDay(Errors errors, String field, LocalDate day) {
		if (day != null && !ActivityDates.contains(day)) {
			errors.rejectValue(field, "activity.date.range", new Object[] {
					String.valueOf(ActivityDates.FIRST.getYear()), String.valueOf(ActivityDates.LAST.getYear()) },
					null);
			return true;
		}
		return false;
	}

	private static void checkAge(Errors errors, String field, Integer age) {
		if (age != null && (age < AgeRange.YOUNGEST || age > AgeRange.OLDEST)) {
			errors.rejectValue(field, "activity.age.range", new Object[] { AgeRange.YOUNGEST, AgeRange.OLDEST }, null);
		}
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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
