package nl.cultuurschakel.binnenbuiten.idea;

import nl.cultuurschakel.binnenbuiten.shared.history.StatusChangeRepository;

interface IdeaStatusChangeRepository extends StatusChangeRepository<IdeaStatusChange, IdeaStatus> {

}
