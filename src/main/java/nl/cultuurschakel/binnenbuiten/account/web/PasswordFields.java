package nl.cultuurschakel.binnenbuiten.account.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;

/**
 * Passwords are taken exactly as typed: the global trimming of form input must not change
 * them, or a password with a leading space could never be used to log in.
 */
final class PasswordFields {

	private PasswordFields() {
	}

	static void keepAsTyped(WebDataBinder binder, String... fields) {
		for (String field : fields) {
			binder.registerCustomEditor(String.class, field, new AsTyped());
		}
	}

	private static final class AsTyped extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue((text == null || text.isEmpty()) ? null : text);
		}

	}

}
