package nl.cultuurschakel.binnenbuiten.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.session.SessionLimit;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Who may open what. Everything needs a log-in except the log-in page, the error pages,
 * static assets, the health probe and the children's public pages; role checks per page
 * live here, checks per record live in the modules' services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * No inline script and no inline style: every script and style sheet comes from our
	 * own origin. Images too, except the map tiles: {@code %s} becomes the tile host of
	 * {@link MapTiles} (see {@link #contentSecurityPolicy(MapTiles)}).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:%s; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final String[] STAFF = { "ADVISOR", "COORDINATOR" };

	private static final String[] STAFF_OR_PARTNER = { "ADVISOR", "COORDINATOR", "PARTNER" };

	/** Where a session that was ended by the server sends its next request. */
	static final String SESSION_ENDED_URL = "/login?expired";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, Clock clock,
			@Value("${binnenbuiten.session.lifetime:8h}") Duration lifetime, MapTiles mapTiles) throws Exception {
		SessionLifetime sessionLifetime = new SessionLifetime(lifetime, clock, SESSION_ENDED_URL);
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/error", "/assets/**", "/webjars/**", "/favicon.ico", "/actuator/health",
					"/actuator/health/**")
			.permitAll()
			// The children's page of a workshop, opened by its unguessable public link
			// (the
			// idea module checks the token and limits guessing).
			.requestMatchers(HttpMethod.GET, "/kinderen/*")
			.permitAll()
			// Agenda feeds: an agenda program has no log-in; the token in the address is
			// the key (the agenda module checks it).
			.requestMatchers(HttpMethod.GET, "/agenda/feeds/*")
			.permitAll()
			.requestMatchers("/agenda/**")
			.hasAnyRole(STAFF)
			// The audit trail: admins and coordinators (read-only).
			.requestMatchers(HttpMethod.GET, "/admin/audit", "/admin/audit/**")
			.hasAnyRole("ADMIN", "COORDINATOR")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			// Partner users manage their own organisation's spaces; the controller checks
			// it is theirs.
			.requestMatchers("/partners/*/spaces/**")
			.hasAnyRole(STAFF_OR_PARTNER)
			.requestMatchers("/activities/conflicts")
			.hasAnyRole(STAFF)
			// Partner users see and plan their own activities; the activity module checks
			// each record.
			.requestMatchers("/activities", "/activities/**")
			.hasAnyRole(STAFF_OR_PARTNER)
			// Partner users see the networks and read the building-blocks scans of their
			// own neighbourhoods; the network module checks each neighbourhood.
			.requestMatchers("/network/**")
			.hasAnyRole(STAFF_OR_PARTNER)
			.requestMatchers(HttpMethod.GET, "/neighbourhoods/*/scan/*")
			.hasAnyRole(STAFF_OR_PARTNER)
			// ... and the maps of their own neighbourhoods; the partner module checks
			// each.
			.requestMatchers(HttpMethod.GET, "/neighbourhoods/*/map")
			.hasAnyRole(STAFF_OR_PARTNER)
			// ... and the hubs of their own neighbourhoods; the story module checks each.
			.requestMatchers(HttpMethod.GET, "/neighbourhoods/*/overview")
			.hasAnyRole(STAFF_OR_PARTNER)
			// Erasing a contact person's data on request (AVG) is for coordinators.
			.requestMatchers("/partners/*/contact-person/erase")
			.hasRole("COORDINATOR")
			.requestMatchers("/neighbourhoods/**", "/partners/**", "/memberships/**", "/contacts/**")
			.hasAnyRole(STAFF)
			// Partner users read their own organisation's grants; the controllers filter
			// per record. Budgets, requests and decisions are staff work; deciding is
			// for coordinators (also checked per decision in the controller).
			.requestMatchers(HttpMethod.POST, "/grants/budget")
			.hasRole("COORDINATOR")
			.requestMatchers("/grants/new", "/grants/budget", "/grants/*/edit")
			.hasAnyRole(STAFF)
			.requestMatchers(HttpMethod.GET, "/grants", "/grants/*")
			.hasAnyRole(STAFF_OR_PARTNER)
			.requestMatchers("/grants/**", "/workshops/**", "/ideas/**")
			.hasAnyRole(STAFF)
			.requestMatchers("/my-network/**")
			.hasRole("PARTNER")
			// Figures and reports are for staff; only coordinators write a report's
			// narrative.
			.requestMatchers(HttpMethod.POST, "/reports/narrative")
			.hasRole("COORDINATOR")
			.requestMatchers("/dashboard/**", "/reports/**")
			.hasAnyRole(STAFF)
			.anyRequest()
			.authenticated());
		SavedRequestAwareAuthenticationSuccessHandler backToRequestedPage = new SavedRequestAwareAuthenticationSuccessHandler();
		backToRequestedPage.setRedirectStrategy(new RelativeRedirectStrategy());
		http.formLogin((form) -> form.loginPage("/login")
			.successHandler(backToRequestedPage)
			.failureHandler(
					new DatabaseUnavailableFailureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")))
			.permitAll());
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll());
		// Every session is registered, so that an account change can end that user's
		// sessions (see AccountSessions); a session also ends a fixed time after its
		// log-in, however active.
		http.sessionManagement((session) -> session
			.sessionConcurrency((concurrency) -> concurrency.maximumSessions(SessionLimit.UNLIMITED)
				.sessionRegistry(sessionRegistry)
				.expiredUrl(SESSION_ENDED_URL))
			.addSessionAuthenticationStrategy(sessionLifetime));
		http.addFilterAfter(sessionLifetime, ConcurrentSessionFilter.class);
		String policy = contentSecurityPolicy(mapTiles);
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(policy))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	/**
	 * The policy with the map tiles' host, and only that host, among the image sources.
	 */
	static String contentSecurityPolicy(MapTiles mapTiles) {
		return CONTENT_SECURITY_POLICY.formatted(mapTiles.origin().map((origin) -> " " + origin).orElse(""));
	}

	/**
	 * The open sessions per user, found in the session store that every instance shares
	 * (Spring Session JDBC, table {@code spring_session}): ending a user's sessions (see
	 * {@code AccountSessions}) marks them expired in the database, so the next request on
	 * any instance is sent to the log-in page.
	 */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	/**
	 * Spring Security's delegating encoder: new hashes are bcrypt with the given work
	 * factor (10 unless {@code binnenbuiten.password.bcrypt-strength} says otherwise; the
	 * demo profile, whose accounts have a published password, uses a cheap 4), hashes of
	 * other kinds still match, and a hash weaker than the work factor is renewed at the
	 * next log-in.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${binnenbuiten.password.bcrypt-strength:10}") int bcryptStrength) {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(bcryptStrength)));
		encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return encoder;
	}

}
