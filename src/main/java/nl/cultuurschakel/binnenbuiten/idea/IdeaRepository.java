package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.cultuurschakel.binnenbuiten.shared.Discipline;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IdeaRepository extends JpaRepository<Idea, Long>, JpaSpecificationExecutor<Idea> {

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.idea.IdeaCard(i.id, i.title, i.neighbourhoodId, i.discipline,
			    i.childrenCount, i.status, i.collectedOn)
			from Idea i where i.workshopId = :workshopId order by i.id
			""")
	List<IdeaCard> findCardsByWorkshopId(@Param("workshopId") Long workshopId);

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.idea.IdeaCard(i.id, i.title, i.neighbourhoodId, i.discipline,
			    i.childrenCount, i.status, i.collectedOn)
			from Idea i where i.neighbourhoodId = :neighbourhoodId order by i.collectedOn desc, i.title, i.id
			""")
	List<IdeaCard> findCardsNewestFirstIn(@Param("neighbourhoodId") Long neighbourhoodId);

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.idea.IdeaOption(i.id, i.title, i.neighbourhoodId)
			from Idea i where i.neighbourhoodId = :neighbourhoodId order by i.title
			""")
	List<IdeaOption> findOptionsByNeighbourhoodId(@Param("neighbourhoodId") Long neighbourhoodId);

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.idea.IdeaOption(i.id, i.title, i.neighbourhoodId)
			from Idea i where i.id = :id
			""")
	Optional<IdeaOption> findOptionById(@Param("id") Long id);

	@Query("""
			select new nl.cultuurschakel.binnenbuiten.idea.IdeaOption(i.id, i.title, i.neighbourhoodId)
			from Idea i where i.id in :ids
			""")
	List<IdeaOption> findOptionsByIdIn(@Param("ids") Collection<Long> ids);

	@Query("select i.id from Idea i where i.neighbourhoodId in :ids")
	List<Long> findIdsByNeighbourhoodIdIn(@Param("ids") Collection<Long> ids);

	@Query("""
			select i.status, count(i) from Idea i
			where i.collectedOn >= :from and i.collectedOn <= :to and (:all = true or i.neighbourhoodId in :ids)
			group by i.status
			""")
	List<Object[]> countByStatus(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("all") boolean all,
			@Param("ids") Collection<Long> ids);

	@Query("""
			select i.neighbourhoodId, i.status, count(i) from Idea i
			where i.collectedOn >= :from and i.collectedOn <= :to and (:all = true or i.neighbourhoodId in :ids)
			group by i.neighbourhoodId, i.status
			""")
	List<Object[]> countByNeighbourhoodAndStatus(@Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("all") boolean all, @Param("ids") Collection<Long> ids);

	/**
	 * Per idea of the neighbourhoods, each partner taking it up (ideas nobody takes up
	 * are left out): neighbourhood id, id, day collected, partner id.
	 */
	@Query("""
			select i.neighbourhoodId, i.id, i.collectedOn, p from Idea i join i.partnerIds p
			where i.neighbourhoodId in :neighbourhoodIds order by i.neighbourhoodId, i.id, p
			""")
	List<Object[]> findTakeUpsIn(@Param("neighbourhoodIds") Collection<Long> neighbourhoodIds);

}
