package nl.cultuurschakel.binnenbuiten.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The end of a handler that did what was asked: the message key for the page after the
 * redirect ({@code layout/main} shows it once) and the redirect itself.
 *
 * <pre class="code">
 * this.ideas.update(id, ideaForm.toData(), ideaForm.getVersion());
 * return Flash.redirect(redirect, "idea.saved", "/ideas/" + id);
 * </pre>
 */
public final class Flash {

	/** The flash attribute the layout reads: a message key. */
	public static final String ATTRIBUTE = "flash";

	private Flash() {
	}

	/**
	 * Adds the message for the next page and answers the redirect view name.
	 * @param redirect the handler's redirect attributes
	 * @param messageKey the key of the message to show on the next page
	 * @param path the path to go to, such as {@code /ideas/12}
	 * @return {@code redirect:} and the path
	 */
	public static String redirect(RedirectAttributes redirect, String messageKey, String path) {
		redirect.addFlashAttribute(ATTRIBUTE, messageKey);
		return "redirect:" + path;
	}

}
