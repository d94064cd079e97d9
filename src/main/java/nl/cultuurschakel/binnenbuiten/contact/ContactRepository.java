package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContactRepository extends JpaRepository<Contact, Long>, JpaSpecificationExecutor<Contact> {

	Optional<Contact> findBySubmissionKey(UUID submissionKey);

	@EntityGraph(attributePaths = "participantIds")
	List<Contact> findByAdvisorIdOrderByDateAscIdAsc(Long advisorId);

	@Query("select c.kind from Contact c where c.advisorId = :advisorId order by c.id desc")
	List<ContactKind> findRecentKinds(@Param("advisorId") Long advisorId, Limit limit);

	@Query("select distinct c.neighbourhoodId from Contact c where c.advisorId = :advisorId and c.date >= :since"
			+ " and c.neighbourhoodId is not null")
	List<Long> findNeighbourhoodIds(@Param("advisorId") Long advisorId, @Param("since") LocalDate since);

	@Query("select count(c) from Contact c where c.date between :from and :to")
	long countBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

	/**
	 * The contact moments dated before the day that still have notes, locked until the
	 * transaction ends (see {@link #eraseNotesBefore}).
	 */
	@Query(value = "select id from contact where contact_date < :before and notes is not null order by id for update",
			nativeQuery = true)
	List<Long> lockWithNotesBefore(@Param("before") LocalDate before);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "update contact set notes = null, version = version + 1 where contact_date < :before and notes is not null",
			nativeQuery = true)
	int eraseNotesBefore(@Param("before") LocalDate before);

}
