package nl.cultuurschakel.binnenbuiten.shared;

import java.util.function.Supplier;

import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * A value that must be unique (a name), checked first with a query for a clear message,
 * can still be taken by another request between that check and the insert: two people
 * saving the same new name at the same moment. The database's unique index decides;
 * flushing here turns its verdict into the same exception the check throws, so the user
 * gets the field message, not an error page at commit.
 */
public final class UniqueKeys {

	private UniqueKeys() {
	}

	/**
	 * Writes the pending changes at once.
	 * @param repository any repository of the persistence context
	 * @param constraint the name of the unique index or constraint
	 * @param taken the exception for a value that is taken
	 * @throws X when the constraint is violated
	 */
	public static <X extends RuntimeException> void flush(JpaRepository<?, ?> repository, String constraint,
			Supplier<X> taken) {
		try {
			repository.flush();
		}
		catch (DataIntegrityViolationException ex) {
			if (violates(ex, constraint)) {
				throw taken.get();
			}
			throw ex;
		}
	}

	private static boolean violates(Throwable exception, String constraint) {
		for (Throwable cause = exception; cause != null; cause = (cause.getCause() != cause) ? cause.getCause()
				: null) {
			if (cause instanceof ConstraintViolationException violation) {
				return constraint.equalsIgnoreCase(violation.getConstraintName());
			}
		}
		return false;
	}

}
