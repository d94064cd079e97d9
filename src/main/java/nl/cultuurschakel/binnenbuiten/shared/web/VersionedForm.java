package nl.cultuurschakel.binnenbuiten.shared.web;

/**
 * An edit form: it carries, in a hidden field, the version of the record the user started
 * from, so that a save over someone else's change becomes an edit conflict instead of
 * silently overwriting it.
 */
public abstract class VersionedForm {

	private long version;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
