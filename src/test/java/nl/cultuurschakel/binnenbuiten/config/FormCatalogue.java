package nl.cultuurschakel.binnenbuiten.config;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.config.HostileValues.Kind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The forms of the app as {@link HostileInputTests} sends them: every POST endpoint of
 * the authorisation matrix, the role that sends it, its path with the test's records, and
 * its fields. The fields come from the form on the page (found by opening every page the
 * role may see, with jsoup) and from the parameters its handler declares (for a form that
 * only shows up after an action, such as "undo"); the page's values are the baseline.
 */
final class FormCatalogue {

	/** Staff roles first: the one that sends a form is the first of these it allows. */
	static final List<Role> SENDERS = List.of(Role.ADVISOR, Role.COORDINATOR, Role.ADMIN, Role.PARTNER);

	static final String EXPORTS = ".*\\.(csv|xlsx|pdf|ics|graphml)$";

	private final MockMvc mvc;

	private final RequestMappingHandlerMapping mappings;

	private final Map<String, String> records;

	private final String otherRecord;

	private final Map<Role, CurrentUser> users;

	/** "ROLE page" → the forms on it, by the path they post to. */
	private final Map<String, Map<String, FormElement>> pageCache = new HashMap<>();

	FormCatalogue(MockMvc mvc, RequestMappingHandlerMapping mappings, Map<String, String> records, String otherRecord,
			Map<Role, CurrentUser> users) {
		this.mvc = mvc;
		this.mappings = mappings;
		this.records = records;
		this.otherRecord = otherRecord;
		this.users = users;
	}

	/** A field to send bad values in. */
	record Field(String name, Kind kind) {
	}

	/**
	 * A form to send: its endpoint ("POST /partners/{id}"), who sends it, where, the page
	 * it was found on ({@code null} if on none) and what that page would send.
	 */
	static final class Target {

		private final String endpoint;

		private final Role role;

		private final String path;

		private final String page;

		private final List<Field> fields;

		private MultiValueMap<String, String> baseline;

		Target(String endpoint, Role role, String path, String page, List<Field> fields,
				MultiValueMap<String, String> baseline) {
			this.endpoint = endpoint;
			this.role = role;
			this.path = path;
			this.page = page;
			this.fields = fields;
			this.baseline = baseline;
		}

		String endpoint() {
			return this.endpoint;
		}

		Role role() {
			return this.role;
		}

		String path() {
			return this.path;
		}

		List<Field> fields() {
			return this.fields;
		}

		MultiValueMap<String, String> baseline() {
			return this.baseline;
		}

	}

	private record Found(String page, FormElement form) {
	}

	static Map<String, List<String>> matrix() throws IOException {
		return new AuthorisationMatrixTests().matrix();
	}

	/** "POST /partners/{id}" for every POST endpoint of the matrix. */
	static List<String> postEndpoints() throws IOException {
		return matrix().keySet().stream().filter((endpoint) -> endpoint.startsWith("POST ")).toList();
	}

	static boolean deletes(String endpoint) {
		return endpoint.endsWith("/delete");
	}

	/** Whether the matrix lets the role reach the endpoint. */
	static boolean allows(List<String> cells, Role role) {
		return cells.get(AuthorisationMatrixTests.WHO.indexOf(role.name().toLowerCase())).equals("allow");
	}

	String otherRecord() {
		return this.otherRecord;
	}

	/** The form as the first of {@link #SENDERS} that may send it sends it. */
	Target target(String endpoint) throws Exception {
		List<String> cells = matrix().get(endpoint);
		return target(endpoint,
				SENDERS.stream()
					.filter((candidate) -> allows(cells, candidate))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("No role may send " + endpoint)));
	}

	Target target(String endpoint, Role role) throws Exception {
		String pattern = endpoint.substring("POST ".length());
		String path = concrete(pattern);
		Found found = find(role, pattern, path);
		Map<String, Field> fields = new LinkedHashMap<>();
		MultiValueMap<String, String> baseline = new LinkedMultiValueMap<>();
		if (found != null) {
			fieldsOf(found.form()).forEach((field) -> fields.putIfAbsent(field.name(), field));
			baseline = baselineOf(found.form());
		}
		declaredFields(pattern).forEach((field) -> fields.putIfAbsent(field.name(), field));
		if (fields.isEmpty()) {
			// A button without fields: still sent with a parameter nobody expects.
			fields.put("unexpected", new Field("unexpected", Kind.TEXT));
		}
		return new Target(endpoint, role, path, (found != null) ? found.page() : null, List.copyOf(fields.values()),
				baseline);
	}

	/** After a request was accepted: the values the page now shows (a new version). */
	void refresh(Target target) {
		if (target.page == null || !target.baseline.containsKey("version")) {
			return;
		}
		FormElement form = formsOn(target.role, target.page).get(target.path);
		if (form != null) {
			target.baseline = baselineOf(form);
		}
	}

	/**
	 * The path for a pattern, each variable filled with the test's record of its kind (by
	 * the segment before it, else by its name).
	 */
	String concrete(String pattern) {
		Matcher matcher = AuthorisationMatrixTests.VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String before = pattern.substring(0, matcher.start());
			String segment = before.substring(before.substring(0, before.length() - 1).lastIndexOf('/') + 1);
			String variable = "{" + matcher.group(1) + "}";
			String value = this.records.getOrDefault(segment + variable, this.records.get(variable));
			if (value == null) {
				throw new IllegalStateException("No test record for " + variable + " in " + pattern
						+ ": add one to HostileInputTests.createRecords");
			}
			matcher.appendReplacement(path, value);
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/**
	 * The form that posts to the path, with most fields, on the pages that name the
	 * endpoint's first segment (the edit page of /partners/{id}, the new-membership page
	 * of a partner for /memberships); failing that, on any page the role may open.
	 */
	private Found find(Role role, String pattern, String path) throws Exception {
		String segment = pattern.split("/")[1];
		List<String> related = pages(role).stream().filter((page) -> page.contains("/" + segment)).toList();
		Found found = findOn(role, related, path);
		return (found != null) ? found : findOn(role, pages(role), path);
	}

	private Found findOn(Role role, List<String> pages, String path) throws Exception {
		Found found = null;
		for (String page : pages) {
			FormElement form = this.pageCache.computeIfAbsent(role + " " + page, (key) -> formsOn(role, page))
				.get(path);
			if (form != null && (found == null || found.form().formData().size() < form.formData().size())) {
				found = new Found(page, form);
			}
		}
		return found;
	}

	/** Every HTML page of the matrix the role may open, with the test's records. */
	List<String> pages(Role role) throws IOException {
		List<String> pages = new ArrayList<>();
		matrix().forEach((endpoint, cells) -> {
			if (endpoint.startsWith("GET ") && allows(cells, role) && !endpoint.matches(EXPORTS)) {
				pages.add(concrete(endpoint.substring("GET ".length())));
			}
		});
		return pages;
	}

	private Map<String, FormElement> formsOn(Role role, String page) {
		MvcResult result;
		try {
			result = this.mvc.perform(get(page).with(user(this.users.get(role)))).andReturn();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Opening " + page + " failed", ex);
		}
		Map<String, FormElement> forms = new HashMap<>();
		if (result.getResponse().getStatus() != 200) {
			return forms;
		}
		String html = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		for (Element element : Jsoup.parse(html).select("form[method=post]")) {
			String action = element.attr("action").replaceAll("[?#].*", "");
			forms.put(action.isEmpty() ? page.replaceAll("\\?.*", "") : action, (FormElement) element);
		}
		return forms;
	}

	/** What a browser sends for the form as the page shows it, without its token. */
	private static MultiValueMap<String, String> baselineOf(FormElement form) {
		MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
		form.formData().forEach((pair) -> values.add(pair.key(), pair.value()));
		values.remove("_csrf");
		return values;
	}

	private static List<Field> fieldsOf(FormElement form) {
		List<Field> fields = new ArrayList<>();
		for (Element control : form.elements()) {
			String name = control.attr("name");
			String type = control.attr("type").toLowerCase();
			if (name.isEmpty() || name.startsWith("_") || type.matches("submit|button|reset|image")) {
				continue;
			}
			fields.add(new Field(name, kindOf(control)));
		}
		return fields;
	}

	private static Kind kindOf(Element control) {
		if (control.is("select")) {
			return Kind.CHOICE;
		}
		if (control.is("textarea")) {
			return Kind.TEXT;
		}
		return switch (control.attr("type").toLowerCase()) {
			case "hidden" -> Kind.HIDDEN;
			case "date", "month" -> Kind.DATE;
			case "time" -> Kind.TIME;
			case "number" -> Kind.NUMBER;
			case "radio" -> Kind.CHOICE;
			case "checkbox" -> control.attr("value").matches("true|on|") ? Kind.FLAG : Kind.CHOICE;
			default -> Kind.TEXT;
		};
	}

	/**
	 * The request parameters the endpoint's handler declares: its {@code @RequestParam}s
	 * and the properties of its form objects.
	 */
	private List<Field> declaredFields(String pattern) {
		List<Field> fields = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			boolean post = info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().stream().anyMatch((m) -> m.name().equals("POST"));
			if (post && info.getPatternValues().contains(pattern)) {
				for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
					parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
					fields.addAll(fieldsOf(parameter));
				}
			}
		}
		return fields;
	}

	private static List<Field> fieldsOf(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null) {
			String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
			return (name != null && !Map.class.isAssignableFrom(type)) ? List.of(new Field(name, kindOf(type)))
					: List.of();
		}
		boolean formObject = parameter.hasParameterAnnotation(ModelAttribute.class)
				|| (!BeanUtils.isSimpleProperty(type) && type.getName().startsWith("nl.cultuurschakel")
						&& !parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
						&& !parameter.hasParameterAnnotation(PathVariable.class));
		if (!formObject) {
			return List.of();
		}
		List<Field> fields = new ArrayList<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				fields.add(new Field(component.getName(), kindOf(component.getType())));
			}
		}
		else {
			for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
				if (property.getWriteMethod() != null) {
					fields.add(new Field(property.getName(), kindOf(property.getPropertyType())));
				}
			}
		}
		return fields;
	}

	private static Kind kindOf(Class<?> type) {
		if (type == LocalDate.class || type == YearMonth.class) {
			return Kind.DATE;
		}
		if (type == LocalTime.class) {
			return Kind.TIME;
		}
		if (type == boolean.class || type == Boolean.class) {
			return Kind.FLAG;
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return Kind.NUMBER;
		}
		if (type.isEnum() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
			return Kind.CHOICE;
		}
		return Kind.TEXT;
	}

}
