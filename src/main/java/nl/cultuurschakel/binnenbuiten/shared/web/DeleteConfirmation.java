package nl.cultuurschakel.binnenbuiten.shared.web;

import nl.cultuurschakel.binnenbuiten.shared.InUseException;

import org.springframework.ui.Model;

/**
 * The delete-confirmation page ({@code fragments/delete :: confirm}) shown again after a
 * delete that failed because other records still refer to the record
 * ({@link nl.cultuurschakel.binnenbuiten.shared.InUseException}): it then says why
 * instead of asking again, with a link back.
 *
 * <pre class="code">
 * if (!DeleteConfirmation.deleted(() -&gt; this.ideas.delete(id), model)) {
 *     return confirmDelete(id, model);
 * }
 * return Flash.redirect(redirect, "idea.deleted", "/ideas");
 * </pre>
 */
public final class DeleteConfirmation {

	/** The model attribute the fragment reads. */
	public static final String IN_USE = "inUse";

	private DeleteConfirmation() {
	}

	/**
	 * Runs the delete; where other records still refer to the record, nothing is deleted
	 * and the model tells the confirmation page so.
	 * @param delete the service call that deletes the record
	 * @param model the model of the confirmation page
	 * @return whether the record was deleted
	 */
	public static boolean deleted(Runnable delete, Model model) {
		try {
			delete.run();
			return true;
		}
		catch (InUseException ex) {
			stillInUse(model);
			return false;
		}
	}

	public static void stillInUse(Model model) {
		model.addAttribute(IN_USE, true);
	}

}
