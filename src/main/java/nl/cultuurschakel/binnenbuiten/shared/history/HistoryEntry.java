package nl.cultuurschakel.binnenbuiten.shared.history;

import java.time.LocalDate;

/**
 * One recorded status change, as pages show it (the fragment
 * {@code fragments/history :: timeline}).
 *
 * @param <S> the status enum of the module
 * @param from the status before, null for the first entry
 * @param changedBy the name of who made the change, null when unknown
 */
public record HistoryEntry<S extends Enum<S>>(S from, S to, LocalDate changedOn, String changedBy, String note) {

}
