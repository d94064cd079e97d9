package nl.cultuurschakel.binnenbuiten.search;

import nl.cultuurschakel.binnenbuiten.shared.search.SearchKind;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which records each user opened last (table {@code search_recent_view}): one row per
 * user and record, with the last time it was opened; the oldest beyond {@link #KEPT} are
 * removed as new ones come.
 */
@Repository
@RequiredArgsConstructor
class RecentViews {

	/**
	 * Rows kept per user: more than are shown, because some may since have been deleted
	 * or closed to the user.
	 */
	static final int KEPT = 20;

	private final JdbcClient jdbc;

	void record(Long userId, SearchKind kind, Long recordId, Instant at) {
		this.jdbc.sql("""
				insert into search_recent_view (user_id, kind, record_id, viewed_at)
				values (:user, :kind, :record, :at)
				on conflict (user_id, kind, record_id) do update set viewed_at = excluded.viewed_at
				""")
			.param("user", userId)
			.param("kind", kind.name())
			.param("record", recordId)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
		this.jdbc.sql("""
				delete from search_recent_view
				 where user_id = :user
				   and (kind, record_id) not in (select kind, record_id from search_recent_view
				                                  where user_id = :user order by viewed_at desc limit :kept)
				""").param("user", userId).param("kept", KEPT).update();
	}

	/**
	 * The user's records, last opened first.
	 */
	List<View> latest(Long userId) {
		return this.jdbc.sql("""
				select kind, record_id from search_recent_view
				 where user_id = :user order by viewed_at desc limit :kept
				""")
			.param("user", userId)
			.param("kept", KEPT)
			.query((row, number) -> new View(SearchKind.valueOf(row.getString("kind")), row.getLong("record_id")))
			.list();
	}

	record View(SearchKind kind, Long recordId) {
	}

}
