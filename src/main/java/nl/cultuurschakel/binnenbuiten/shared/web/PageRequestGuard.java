package nl.cultuurschakel.binnenbuiten.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * One rule for the {@code page} and {@code size} of every paginated list: a value that is
 * not a whole number, out of range, or a page after the last one answers 400 with the
 * friendly error page. Spring Data would otherwise quietly fall back to the first page
 * for some of these, and hand a page number such as 2147483647 to the database as an
 * offset that overflows (a 500). Applies to every handler with a {@link Pageable}
 * parameter; sorting stays with {@link SortGuard}.
 */
public class PageRequestGuard implements HandlerInterceptor {

	static final String PAGE = "page";

	static final String SIZE = "size";

	private final int maxPageSize;

	/**
	 * @param maxPageSize the largest page size a list may be asked for (Spring Data's
	 * {@code spring.data.web.pageable.max-page-size})
	 */
	public PageRequestGuard(int maxPageSize) {
		this.maxPageSize = maxPageSize;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!isPaginated(handler)) {
			return true;
		}
		// Page numbers start at 1 in URLs (one-indexed-parameters).
		Integer page = parse(request.getParameter(PAGE), 1, Integer.MAX_VALUE);
		Integer size = parse(request.getParameter(SIZE), 1, this.maxPageSize);
		long rows = (long) ((page != null) ? page - 1 : 0) * ((size != null) ? size : this.maxPageSize);
		if (rows > Integer.MAX_VALUE) {
			throw badRequest("page " + page + " is out of range");
		}
		return true;
	}

	/**
	 * A page after the last one (once the list knows how many there are) is out of range
	 * too; the first page of an empty list is not.
	 */
	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || !isPaginated(handler)) {
			return;
		}
		for (Object value : modelAndView.getModel().values()) {
			if (value instanceof Page<?> page && page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
				throw badRequest("page " + (page.getNumber() + 1) + " of " + page.getTotalPages());
			}
		}
	}

	private static boolean isPaginated(Object handler) {
		if (handler instanceof HandlerMethod method) {
			for (var parameter : method.getMethodParameters()) {
				if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
					return true;
				}
			}
		}
		return false;
	}

	private static Integer parse(String value, int min, int max) {
		if (value == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number < min || number > max) {
				throw badRequest(value + " is not between " + min + " and " + max);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw badRequest(value + " is not a whole number");
		}
	}

	private static ResponseStatusException badRequest(String reason) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
	}

}
