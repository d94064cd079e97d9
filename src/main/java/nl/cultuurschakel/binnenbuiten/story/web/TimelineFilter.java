package nl.cultuurschakel.binnenbuiten.story.web;

import nl.cultuurschakel.binnenbuiten.shared.web.PeriodFilter;
import nl.cultuurschakel.binnenbuiten.story.StoryKind;

/**
 * The filter of a partner's timeline, kept in the URL: a kind ({@code kind}) and a period
 * ({@code from}, {@code to}).
 */
public class TimelineFilter extends PeriodFilter {

	private StoryKind kind;

	public StoryKind getKind() {
		return this.kind;
	}

	public void setKind(StoryKind kind) {
		this.kind = kind;
	}

}
