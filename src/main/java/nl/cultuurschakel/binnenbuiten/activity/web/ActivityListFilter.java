package nl.cultuurschakel.binnenbuiten.activity.web;

import java.util.Set;

import nl.cultuurschakel.binnenbuiten.activity.ActivityFilter;
import nl.cultuurschakel.binnenbuiten.activity.ActivityStatus;
import nl.cultuurschakel.binnenbuiten.activity.CostType;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.web.PeriodFilter;

import org.springframework.validation.BindingResult;

/**
 * The filters of the activity list (and its exports) as they appear in the URL.
 */
class ActivityListFilter extends PeriodFilter {

	private Long neighbourhood;

	private Long partner;

	private Discipline discipline;

	private CostType costType;

	private ActivityStatus status;

	private Integer age;

	/**
	 * @param binding the binding of this filter; another unreadable value (a hand-edited
	 * discipline, say) is left out of the filter, the list says so
	 * @throws InvalidPeriodException (400) for a day that cannot be read, a day outside
	 * the planning years or a period that ends before it starts: a list or export of some
	 * other period would mislead
	 */
	ActivityFilter toFilter(Set<Long> visibleNeighbourhoods, BindingResult binding) {
		Period period = period(binding).withinBounds();
		return new ActivityFilter(period.from(), period.to(), this.neighbourhood, this.partner, this.discipline,
				this.costType, this.status, this.age, visibleNeighbourhoods);
	}

	public Long getNeighbourhood() {
		return this.neighbourhood;
	}

	public void setNeighbourhood(Long neighbourhood) {
		this.neighbourhood = neighbourhood;
	}

	public Long getPartner() {
		return this.partner;
	}

	public void setPartner(Long partner) {
		this.partner = partner;
	}

	public Discipline getDiscipline() {
		return this.discipline;
	}

	public void setDiscipline(Discipline discipline) {
		this.discipline = discipline;
	}

	public CostType getCostType() {
		return this.costType;
	}

	public void setCostType(CostType costType) {
		this.costType = costType;
	}

	public ActivityStatus getStatus() {
		return this.status;
	}

	public void setStatus(ActivityStatus status) {
		this.status = status;
	}

	public Integer getAge() {
		return this.age;
	}

	public void setAge(Integer age) {
		this.age = age;
	}

}
