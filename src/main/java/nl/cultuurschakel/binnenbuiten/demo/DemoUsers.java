package nl.cultuurschakel.binnenbuiten.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.cultuurschakel.binnenbuiten.account.AccountService;
import nl.cultuurschakel.binnenbuiten.account.NewUser;
import nl.cultuurschakel.binnenbuiten.account.Role;

import org.springframework.stereotype.Component;

/**
 * The four demo log-ins, one per role, all with the same well-known password. The partner
 * user works for {@link DemoPartners#DEMO_USER_PARTNER}.
 */
@Component
class DemoUsers {

	static final String PASSWORD = "binnenbuiten-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private final AccountService accounts;

	DemoUsers(AccountService accounts) {
		this.accounts = accounts;
	}

	void create(Long partnerId) {
		List<NewUser> users = List.of(new NewUser("admin", "Demo Beheerder", Role.ADMIN, null, PASSWORD),
				new NewUser("coordinator", "Demo Coördinator", Role.COORDINATOR, null, PASSWORD),
				new NewUser("advisor", "Demo Adviseur", Role.ADVISOR, null, PASSWORD),
				new NewUser("partner", "Demo Partner", Role.PARTNER, partnerId, PASSWORD));
		users.forEach(this.accounts::createUser);
		log.info("Created demo users {}", users.stream().map(NewUser::username).toList());
	}

}
