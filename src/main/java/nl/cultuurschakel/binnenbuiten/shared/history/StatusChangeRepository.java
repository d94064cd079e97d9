package nl.cultuurschakel.binnenbuiten.shared.history;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * The history of one module's records. A module declares its own package-private
 * repository extending this one.
 *
 * @param <C> the module's status change entity
 * @param <S> the module's status enum
 */
@NoRepositoryBean
public interface StatusChangeRepository<C extends StatusChange<S>, S extends Enum<S>> extends JpaRepository<C, Long> {

	List<C> findBySubjectIdOrderByChangedOnAscIdAsc(Long subjectId);

	/**
	 * The steps of one record, oldest first (in the order recorded on the same day).
	 */
	default List<HistoryEntry<S>> history(Long subjectId) {
		return findBySubjectIdOrderByChangedOnAscIdAsc(subjectId).stream().map(StatusChange::toEntry).toList();
	}

	List<C> findByChangedByOrderByChangedOnAscIdAsc(Long changedBy);

	/**
	 * The steps this user made, oldest first.
	 */
	default List<RecordedChange> changesBy(Long userId) {
		return findByChangedByOrderByChangedOnAscIdAsc(userId).stream().map(StatusChange::toRecordedChange).toList();
	}

}
