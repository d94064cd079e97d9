package nl.cultuurschakel.binnenbuiten.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a fresh production database.
 *
 * @param password initial password of user {@code admin}; set it with the environment
 * variable {@code BINNENBUITEN_ADMIN_PASSWORD}
 */
@ConfigurationProperties("binnenbuiten.admin")
record InitialAdminProperties(String password) {

}
