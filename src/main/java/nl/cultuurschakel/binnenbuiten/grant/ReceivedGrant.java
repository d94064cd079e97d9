package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A grant in the history of the partner that receives it, dated on its decision (or its
 * request while undecided), with the amount awarded (or requested while undecided).
 */
public record ReceivedGrant(Long id, LocalDate date, GrantStatus status, BigDecimal amount, Long ideaId) {

}
