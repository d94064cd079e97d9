package nl.cultuurschakel.binnenbuiten.shared;

import org.junit.jupiter.api.Test;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsTests {

	@Test
	void anEditFromTheStoredVersionGoesAhead() {
		assertThatCode(() -> Versions.checkUnchanged(String.class, 7L, 3, 3)).doesNotThrowAnyException();
	}

	@Test
	void anEditFromAnOlderVersionIsRefusedNamingTheRecord() {
		assertThatThrownBy(() -> Versions.checkUnchanged(String.class, 7L, 4, 3))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class)
			.satisfies((ex) -> {
				ObjectOptimisticLockingFailureException failure = (ObjectOptimisticLockingFailureException) ex;
				assertThat(failure.getPersistentClass()).isEqualTo(String.class);
				assertThat(failure.getIdentifier()).isEqualTo(7L);
			});
	}

}
