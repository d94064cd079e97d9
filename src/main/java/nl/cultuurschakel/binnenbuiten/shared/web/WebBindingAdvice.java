package nl.cultuurschakel.binnenbuiten.shared.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Conventions for every controller: submitted strings are trimmed (blank becomes null),
 * blank values of a multiple choice are left out (never a {@code null} among the chosen
 * ids), and every page knows its own URL.
 */
@ControllerAdvice
class WebBindingAdvice {

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.registerCustomEditor(Set.class, new ChosenValuesEditor(LinkedHashSet.class));
		binder.registerCustomEditor(List.class, new ChosenValuesEditor(ArrayList.class));
	}

	/**
	 * The values of a multiple choice (checkboxes, a multiple select) without the blank
	 * ones, which would otherwise become {@code null} elements once converted to ids or
	 * enum values. Spring converts the elements that remain to the collection's element
	 * type afterwards, as without this editor.
	 */
	static final class ChosenValuesEditor extends CustomCollectionEditor {

		@SuppressWarnings("rawtypes")
		ChosenValuesEditor(Class<? extends Collection> collectionType) {
			super(collectionType, true);
		}

		@Override
		public void setValue(Object value) {
			super.setValue(value);
			if (getValue() instanceof Collection<?> values) {
				values.removeIf((element) -> element == null || (element instanceof String text && text.isBlank()));
			}
		}

	}

	/**
	 * The current page (path and query, filters included), for links to the same view in
	 * another order, page or language; on an error page, the page that failed.
	 */
	@ModelAttribute("currentUrl")
	CurrentUrl currentUrl(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (errorUri != null) ? errorUri.toString() : request.getRequestURI();
		String query = (errorUri != null) ? null : request.getQueryString();
		return new CurrentUrl(path, query);
	}

}
