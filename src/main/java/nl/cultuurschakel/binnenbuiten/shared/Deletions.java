package nl.cultuurschakel.binnenbuiten.shared;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Deleting a record that other records may still refer to.
 */
public final class Deletions {

	private Deletions() {
	}

	/**
	 * Deletes the entity at once (flushing), so that a foreign key that still refers to
	 * it fails here, as an {@link InUseException}, and not at commit as an error page.
	 * @param what the kind of record, for the exception's message
	 * @throws InUseException when other records refer to it
	 */
	public static <T> void deleteUnlessInUse(JpaRepository<T, ?> repository, T entity, String what, Object id) {
		try {
			repository.delete(entity);
			repository.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new InUseException(what, id, ex);
		}
	}

}
