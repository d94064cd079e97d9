package nl.cultuurschakel.binnenbuiten.grant;

/**
 * A grant as the network sees it: which idea it supports and which partner receives it.
 */
public record GrantOnIdea(Long grantId, Long ideaId, Long recipientId) {

}
