package nl.cultuurschakel.binnenbuiten.grant;

import nl.cultuurschakel.binnenbuiten.shared.history.StatusChangeRepository;

interface GrantStatusChangeRepository extends StatusChangeRepository<GrantStatusChange, GrantStatus> {

}
