package nl.cultuurschakel.binnenbuiten.shared.web;

import java.sql.SQLException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures count as the database being gone (a 503 page) and which are bugs or
 * conflicts (not hidden behind one).
 */
class DatabaseUnavailableTests {

	@Test
	void aRollbackOnAConnectionThePoolClosedIsAnOutage() {
		// As it arrives when the server went away inside a session read: the rollback
		// exception replaces the application's.
		JpaSystemException rollback = new JpaSystemException(new TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

		assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
	}

	@Test
	void connectionStatesAreOutagesAndOtherSqlErrorsAreNot() {
		assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
		assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection is closed", "42601"))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate key"))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
	}

}
