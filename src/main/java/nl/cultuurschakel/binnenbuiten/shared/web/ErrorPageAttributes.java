package nl.cultuurschakel.binnenbuiten.shared.web;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Adds {@code kind} to the error model: the message group that explains the status on the
 * friendly error page ({@code 403}, {@code 404}, {@code 409}, otherwise {@code 4xx} or
 * {@code 5xx}). Exception details stay out, whatever the properties say.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

	private static final Set<Integer> EXPLAINED = Set.of(403, 404, 409);

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
		attributes.put("kind", kindOf(attributes.get("status")));
		return attributes;
	}

	static String kindOf(Object status) {
		int code = (status instanceof Integer number) ? number : 500;
		if (EXPLAINED.contains(code)) {
			return String.valueOf(code);
		}
		return (code >= 400 && code < 500) ? "4xx" : "5xx";
	}

}
