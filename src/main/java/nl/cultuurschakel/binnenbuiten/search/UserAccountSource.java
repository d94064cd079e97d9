package nl.cultuurschakel.binnenbuiten.search;

import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.account.UserSearch;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHit;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHits;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchKind;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchTerms;

import org.springframework.stereotype.Component;

/**
 * User accounts, for admins only: managing users is theirs. The account module sits below
 * the search, so its search is asked here rather than offered as a source there.
 */
@Component
@RequiredArgsConstructor
class UserAccountSource implements SearchSource {

	private final UserSearch users;

	@Override
	public SearchKind kind() {
		return SearchKind.USER;
	}

	@Override
	public boolean mayUse(CurrentUser user) {
		return user.getRole() == Role.ADMIN;
	}

	@Override
	public SearchHits search(SearchTerms terms, CurrentUser user, int offset, int limit) {
		return this.users.search(terms, offset, limit);
	}

	@Override
	public List<SearchHit> find(List<Long> ids, CurrentUser user) {
		return this.users.find(ids);
	}

	@Override
	public String detailPattern() {
		return "/admin/users/{id}/edit";
	}

}
