package nl.cultuurschakel.binnenbuiten.audit.web;

import nl.cultuurschakel.binnenbuiten.shared.web.PeriodFilter;

/**
 * The list's filter as the URL carries it: {@code user}, {@code type}, {@code from} and
 * {@code to}.
 */
public class AuditListFilter extends PeriodFilter {

	private String user;

	private String type;

	public String getUser() {
		return this.user;
	}

	public void setUser(String user) {
		this.user = user;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

}
