package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;

/**
 * A contact moment in a partner's history: the partner was its counterpart or took part.
 * Staff only, as every contact moment.
 */
public record PartnerContact(Long id, LocalDate date, ContactKind kind, String subject) {

}
