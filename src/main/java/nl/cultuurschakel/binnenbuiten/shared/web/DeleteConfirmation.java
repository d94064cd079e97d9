package nl.cultuurschakel.binnenbuiten.shared.web;

import org.springframework.ui.Model;

/**
 * The delete-confirmation page ({@code fragments/delete :: confirm}) shown again after a
 * delete that failed because other records still refer to the record
 * ({@link nl.cultuurschakel.binnenbuiten.shared.InUseException}): it then says why
 * instead of asking again, with a link back.
 *
 * <pre class="code">
 * catch (InUseException ex) {
 *     DeleteConfirmation.stillInUse(model);
 *     return confirmDelete(id, model);
 * }
 * </pre>
 */
public final class DeleteConfirmation {

	/** The model attribute the fragment reads. */
	public static final String IN_USE = "inUse";

	private DeleteConfirmation() {
	}

	public static void stillInUse(Model model) {
		model.addAttribute(IN_USE, true);
	}

}
