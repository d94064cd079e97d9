package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;

/**
 * When (a day in The Hague) and by whom a contact person's data was erased, as the
 * partner page says it.
 */
public record ErasureView(LocalDate erasedOn, String erasedBy) {

}
