package nl.cultuurschakel.binnenbuiten.partner;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactPersonErasureRepository extends JpaRepository<ContactPersonErasure, Long> {

	Optional<ContactPersonErasure> findFirstByPartnerIdOrderByErasedAtDescIdDesc(Long partnerId);

}
