package nl.cultuurschakel.binnenbuiten.partner;

import nl.cultuurschakel.binnenbuiten.account.Role;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PartnerAccessTests {

	@Test
	void staffMayEditEveryPartner() {
		assertThat(PartnerAccess.mayEdit(principal(Role.ADVISOR, null), 12L)).isTrue();
		assertThat(PartnerAccess.mayEdit(principal(Role.COORDINATOR, null), 12L)).isTrue();
	}

	@Test
	void partnerUserMayEditOnlyOwnOrganisation() {
		assertThat(PartnerAccess.mayEdit(principal(Role.PARTNER, 12L), 12L)).isTrue();
		assertThat(PartnerAccess.mayEdit(principal(Role.PARTNER, 12L), 13L)).isFalse();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> PartnerAccess.checkMayEdit(principal(Role.PARTNER, 12L), 13L));
	}

	@Test
	void adminAndUnlinkedPartnerUserMayNotEdit() {
		assertThat(PartnerAccess.mayEdit(principal(Role.ADMIN, null), 12L)).isFalse();
		assertThat(PartnerAccess.mayEdit(principal(Role.PARTNER, null), 12L)).isFalse();
	}

}
