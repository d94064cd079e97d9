package nl.cultuurschakel.binnenbuiten.agenda;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaFeedRepository extends JpaRepository<AgendaFeed, Long> {

	Optional<AgendaFeed> findByUserId(Long userId);

	Optional<AgendaFeed> findByTokenHash(String tokenHash);

}
