package nl.cultuurschakel.binnenbuiten.shared;

import org.junit.jupiter.api.Test;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionedEntityTests {

	static class Stored extends VersionedEntity {

	}

	@Test
	void anEditFromTheStoredVersionGoesAhead() {
		assertThatCode(() -> new Stored().checkVersion(0)).doesNotThrowAnyException();
	}

	@Test
	void anEditFromAnotherVersionIsRefusedNamingTheKindOfRecord() {
		assertThatThrownBy(() -> new Stored().checkVersion(1))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class)
			.satisfies((ex) -> assertThat(((ObjectOptimisticLockingFailureException) ex).getPersistentClass())
				.isEqualTo(Stored.class));
	}

}
