package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;

/**
 * An activity took place and was marked done.
 *
 * @param activityId the activity
 * @param sourceIdeaId the children's idea it realises, {@code null} for none
 * @param date the day it took place
 * @param childrenReached how many children took part
 */
public record ActivityCompleted(Long activityId, Long sourceIdeaId, LocalDate date, int childrenReached) {

}
