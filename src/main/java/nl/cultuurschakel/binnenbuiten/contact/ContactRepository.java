package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContactRepository extends JpaRepository<Contact, Long>, JpaSpecificationExecutor<Contact> {

	Optional<Contact> findBySubmissionKey(UUID submissionKey);

	@Query("select c.kind from Contact c where c.advisorId = :advisorId order by c.id desc")
	List<ContactKind> findRecentKinds(@Param("advisorId") Long advisorId, Limit limit);

	@Query("select distinct c.neighbourhoodId from Contact c where c.advisorId = :advisorId and c.date >= :since"
			+ " and c.neighbourhoodId is not null")
	List<Long> findNeighbourhoodIds(@Param("advisorId") Long advisorId, @Param("since") LocalDate since);

	@Query("select count(c) from Contact c where c.date between :from and :to")
	long countBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

}
