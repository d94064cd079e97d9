package nl.cultuurschakel.binnenbuiten.dashboard.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.dashboard.Narrative;
import nl.cultuurschakel.binnenbuiten.shared.web.PeriodFilter;

/**
 * The coordinators' written sections of a report, for the period in {@code from} and
 * {@code to} (hidden fields; a missing one is a bad request, see
 * {@link PeriodParams#reportPeriod}).
 */
class NarrativeForm extends PeriodFilter {

	@Size(max = 10000)
	private String introduction;

	@Size(max = 10000)
	private String highlights;

	@Size(max = 10000)
	private String lessons;

	private long version;

	static NarrativeForm of(LocalDate from, LocalDate to, Narrative narrative) {
		NarrativeForm form = new NarrativeForm();
		form.setFrom(from);
		form.setTo(to);
		form.introduction = narrative.introduction();
		form.highlights = narrative.highlights();
		form.lessons = narrative.lessons();
		form.version = narrative.version();
		return form;
	}

	Narrative toNarrative() {
		return new Narrative(this.introduction, this.highlights, this.lessons, this.version);
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public String getHighlights() {
		return this.highlights;
	}

	public void setHighlights(String highlights) {
		this.highlights = highlights;
	}

	public String getLessons() {
		return this.lessons;
	}

	public void setLessons(String lessons) {
		this.lessons = lessons;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
