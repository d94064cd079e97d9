package nl.cultuurschakel.binnenbuiten.grant.web;

import java.util.Map;

import nl.cultuurschakel.binnenbuiten.idea.IdeaOption;

/**
 * The names shown next to the ids of a list of grants: idea titles, the ideas'
 * neighbourhoods and the recipient partners.
 */
public record GrantNames(Map<Long, IdeaOption> ideas, Map<Long, String> neighbourhoods, Map<Long, String> partners) {

	public String idea(Long id) {
		IdeaOption idea = this.ideas.get(id);
		return (idea != null) ? idea.title() : "";
	}

	public String neighbourhood(Long ideaId) {
		IdeaOption idea = this.ideas.get(ideaId);
		return (idea != null) ? this.neighbourhoods.getOrDefault(idea.neighbourhoodId(), "") : "";
	}

	public String partner(Long id) {
		return this.partners.getOrDefault(id, "");
	}

}
