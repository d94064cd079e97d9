package nl.cultuurschakel.binnenbuiten.search;

import java.util.List;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchTerms;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHit;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHits;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchKind;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchSql;

/**
 * The records of one kind, as a module that owns them lets them be found. A source
 * applies exactly the access rules of its own pages: a user finds only what they may
 * open.
 */
public interface SearchSource {

	SearchKind kind();

	/**
	 * Whether the user may open records of this kind at all (partner users never see
	 * contact moments, only admins see user accounts).
	 */
	boolean mayUse(CurrentUser user);

	/**
	 * The records that match, best first, of those the user may open. Called only when
	 * {@link #mayUse} and inside the search's read-only transaction (see
	 * {@link SearchSql}).
	 */
	SearchHits search(SearchTerms terms, CurrentUser user, int offset, int limit);

	/**
	 * The records with these ids, in any order, leaving out those that no longer exist or
	 * that the user may no longer open. For "recently viewed".
	 */
	List<SearchHit> find(List<Long> ids, CurrentUser user);

	/**
	 * The path pattern of the page that shows one record, with its id as {@code {id}}
	 * ({@code /partners/{id}}): opening such a page counts as viewing the record.
	 */
	String detailPattern();

}
