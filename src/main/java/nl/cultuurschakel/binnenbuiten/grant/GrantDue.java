package nl.cultuurschakel.binnenbuiten.grant;

import java.time.LocalDate;

/**
 * The next thing a recipient owes on an awarded grant: its accountability report, due on
 * {@code dueOn}.
 */
public record GrantDue(Long id, Long ideaId, GrantStatus status, LocalDate dueOn) {

}
