package nl.cultuurschakel.binnenbuiten.search;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchTerms;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHit;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchHits;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchKind;
import nl.cultuurschakel.binnenbuiten.shared.search.SearchSql;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks every {@link SearchSource} the user may use, and keeps track of what each user
 * opened last.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	/** Records per kind on the results page; "meer" leads to the rest. */
	public static final int PER_KIND = 10;

	/** Records under "Recent bekeken". */
	public static final int RECENT = 10;

	private final Map<SearchKind, SearchSource> sources;

	private final JdbcClient jdbc;

	private final RecentViews recentViews;

	private final Clock clock;

	SearchService(List<SearchSource> sources, JdbcClient jdbc, RecentViews recentViews, Clock clock) {
		this.sources = sources.stream()
			.sorted(Comparator.comparing(SearchSource::kind))
			.collect(Collectors.toMap(SearchSource::kind, Function.identity(), (first, second) -> {
				throw new IllegalStateException("Two search sources for " + first.kind());
			}, () -> new EnumMap<>(SearchKind.class)));
		this.jdbc = jdbc;
		this.recentViews = recentViews;
		this.clock = clock;
	}

	/**
	 * The best {@link #PER_KIND} of each kind the user may open, kinds without matches
	 * left out; one statement per kind.
	 */
	public List<SearchGroup> search(SearchTerms terms, CurrentUser user) {
		return search(terms, user, PER_KIND);
	}

	/**
	 * The best few of each kind, for the short list under the header's search box.
	 */
	public List<SearchGroup> search(SearchTerms terms, CurrentUser user, int perKind) {
		if (!terms.isSearchable()) {
			return List.of();
		}
		allowSimilarNames();
		return this.sources.values().stream().filter((source) -> source.mayUse(user)).map((source) -> {
			SearchHits hits = source.search(terms, user, 0, perKind);
			return new SearchGroup(source.kind(), hits.hits(), hits.total());
		}).filter((group) -> group.total() > 0).toList();
	}

	/**
	 * One page of all matches of one kind; empty when the user may not open that kind.
	 */
	public Page<SearchHit> search(SearchTerms terms, SearchKind kind, CurrentUser user, Pageable pageable) {
		SearchSource source = this.sources.get(kind);
		if (!terms.isSearchable() || source == null || !source.mayUse(user)) {
			return Page.empty(pageable);
		}
		allowSimilarNames();
		SearchHits hits = source.search(terms, user, (int) pageable.getOffset(), pageable.getPageSize());
		return new PageImpl<>(hits.hits(), pageable, hits.total());
	}

	/**
	 * The kinds this user may search, for the filter on the results page.
	 */
	public List<SearchKind> kindsFor(CurrentUser user) {
		return this.sources.values().stream().filter((source) -> source.mayUse(user)).map(SearchSource::kind).toList();
	}

	/**
	 * The last {@link #RECENT} records the user opened that still exist and that the user
	 * may still open, last opened first.
	 */
	public List<SearchHit> recentlyViewed(CurrentUser user) {
		List<RecentViews.View> views = this.recentViews.latest(user.getId());
		Map<SearchKind, List<Long>> idsPerKind = views.stream()
			.collect(Collectors.groupingBy(RecentViews.View::kind, LinkedHashMap::new,
					Collectors.mapping(RecentViews.View::recordId, Collectors.toList())));
		Map<RecentViews.View, SearchHit> found = new LinkedHashMap<>();
		idsPerKind.forEach((kind, ids) -> {
			SearchSource source = this.sources.get(kind);
			if (source != null && source.mayUse(user)) {
				source.find(ids, user).forEach((hit) -> found.put(new RecentViews.View(kind, hit.id()), hit));
			}
		});
		return views.stream().map(found::get).filter((hit) -> hit != null).limit(RECENT).toList();
	}

	/**
	 * Notes that the user opened the page of a record.
	 */
	@Transactional
	public void viewed(CurrentUser user, SearchKind kind, Long recordId) {
		this.recentViews.record(user.getId(), kind, recordId, this.clock.instant());
	}

	/**
	 * The kind of record whose page has this path pattern ({@code /partners/{id}}).
	 */
	public Optional<SearchKind> kindOfPage(String pattern) {
		return this.sources.values()
			.stream()
			.filter((source) -> source.detailPattern().equals(pattern))
			.map(SearchSource::kind)
			.findFirst();
	}

	/**
	 * Lets trigram matching ({@code <%}) accept names as similar as
	 * {@link SearchSql#SIMILARITY}, for the rest of this transaction only.
	 */
	private void allowSimilarNames() {
		this.jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :similarity, true)")
			.param("similarity", Double.toString(SearchSql.SIMILARITY))
			.query(String.class)
			.single();
	}

}
