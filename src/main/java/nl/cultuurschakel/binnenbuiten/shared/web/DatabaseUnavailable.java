package nl.cultuurschakel.binnenbuiten.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells an outage of the database (no connection within Hikari's
 * {@code connection-timeout}, a connection that broke, a transaction that could not
 * start, SQL state class 08) from the other data-access errors, which are bugs or
 * conflicts. Such a request gets the friendly 503 page
 * ({@code templates/error/503.html}): the user can do nothing but try again a little
 * later.
 */
public final class DatabaseUnavailable {

	private static final Set<Class<? extends Throwable>> OUTAGES = Set.of(CannotCreateTransactionException.class,
			CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessResourceException.class, JDBCConnectionException.class,
			SQLTransientConnectionException.class, SQLNonTransientConnectionException.class,
			SQLRecoverableException.class);

	/**
	 * What HikariCP's proxy of a connection it has already closed (the server went away
	 * in the middle of a transaction) says, without an SQL state, when the rollback tries
	 * it.
	 */
	private static final String CLOSED_BY_POOL = "Connection is closed";

	private DatabaseUnavailable() {
	}

	/**
	 * Whether the exception, or one of its causes, says the database cannot be reached.
	 * @param exception any exception, may be {@code null}
	 * @return {@code true} for an outage of the database
	 */
	public static boolean causedBy(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = (cause.getCause() != cause) ? cause.getCause()
				: null) {
			Throwable current = cause;
			if (OUTAGES.stream().anyMatch((outage) -> outage.isInstance(current)) || isConnectionFailure(current)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQL state class 08, "connection exception": also where it arrives wrapped in
	 * another exception (a rollback that failed because the connection broke).
	 */
	private static boolean isConnectionFailure(Throwable exception) {
		return exception instanceof SQLException sql
				&& ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
						|| (sql.getSQLState() == null && CLOSED_BY_POOL.equals(sql.getMessage())));
	}

}
