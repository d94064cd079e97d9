package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;

/**
 * An activity in the history of a partner that organises it.
 */
public record OrganisedActivity(Long id, LocalDate date, String title, ActivityStatus status, Long neighbourhoodId) {

}
