package nl.cultuurschakel.binnenbuiten.audit;

import java.time.LocalDate;

/**
 * Which changes the list shows; each part may be left out ({@code null}).
 *
 * @param username who made them
 * @param type the kind of record
 * @param from the first day (inclusive, in the Dutch time zone)
 * @param to the last day (inclusive)
 */
public record AuditFilter(String username, String type, LocalDate from, LocalDate to) {

}
