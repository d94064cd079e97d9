package nl.cultuurschakel.binnenbuiten.shared.web;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * An edit that someone else saved first (an optimistic-lock failure): the form shows
 * again with the user's input kept, the error summary says that nothing was saved, and
 * the notice above the form ({@code fragments/conflict :: notice}) shows what is stored
 * now. The controller also gives the form the stored version, so that saving again
 * knowingly replaces what the other person saved:
 *
 * <pre class="code">
 * catch (ObjectOptimisticLockingFailureException ex) {
 *     ideaForm.setVersion(EditConflict.show(this.ideas.get(id), result, model).version());
 * }
 * </pre>
 *
 * Where no form can show the conflict, {@link EditConflictAdvice} answers with the 409
 * page.
 */
public final class EditConflict {

	/** The model attribute with the record as stored now, read by the notice. */
	public static final String CURRENT = "current";

	/** The message key of the global error. */
	public static final String MESSAGE = "edit.conflict";

	private EditConflict() {
	}

	/**
	 * Adds the conflict to the form's errors and the stored record to the model.
	 * @param <T> the record's type
	 * @param current the record as stored now
	 * @param result the form's errors
	 * @param model the model of the form page
	 * @return {@code current}, to take its version from
	 */
	public static <T> T show(T current, BindingResult result, Model model) {
		result.reject(MESSAGE);
		model.addAttribute(CURRENT, current);
		return current;
	}

}
