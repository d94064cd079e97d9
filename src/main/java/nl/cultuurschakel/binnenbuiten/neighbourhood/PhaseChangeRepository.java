package nl.cultuurschakel.binnenbuiten.neighbourhood;

import nl.cultuurschakel.binnenbuiten.shared.history.StatusChangeRepository;

interface PhaseChangeRepository extends StatusChangeRepository<PhaseChange, EcosystemPhase> {

}
