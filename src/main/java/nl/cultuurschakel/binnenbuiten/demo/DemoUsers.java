package nl.cultuurschakel.binnenbuiten.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.AccountService;
import nl.cultuurschakel.binnenbuiten.account.NewUser;
import nl.cultuurschakel.binnenbuiten.account.Role;

import org.springframework.stereotype.Component;

/**
 * The four demo log-ins, one per role, all with the same well-known password. The partner
 * user works for {@link DemoPartners#DEMO_USER_PARTNER}.
 */
@Component
@RequiredArgsConstructor
class DemoUsers {

	static final String PASSWORD = "binnenbuiten-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private final AccountService accounts;

	/**
	 * Creates the four log-ins plus two more advisors who own part of the demo contact
	 * moments (they get an unguessable password: nobody logs in as them).
	 * @return user ids by username
	 */
	Map<String, Long> create(Long partnerId) {
		List<NewUser> users = List.of(new NewUser("admin", "Demo Beheerder", Role.ADMIN, null, PASSWORD),
				new NewUser("coordinator", "Demo Coördinator", Role.COORDINATOR, null, PASSWORD),
				new NewUser("advisor", "Demo Adviseur", Role.ADVISOR, null, PASSWORD),
				new NewUser("partner", "Demo Partner", Role.PARTNER, partnerId, PASSWORD),
				new NewUser("adviseur.zuidwest", "Ilse Verhoeven (demo)", Role.ADVISOR, null, unguessable()),
				new NewUser("adviseur.centrum", "Karim Aziz (demo)", Role.ADVISOR, null, unguessable()));
		Map<String, Long> ids = new LinkedHashMap<>();
		users.forEach((user) -> ids.put(user.username(), this.accounts.createUser(user)));
		log.info("Created demo users {}", ids.keySet());
		return ids;
	}

	private static String unguessable() {
		return UUID.randomUUID().toString();
	}

}
