package nl.cultuurschakel.binnenbuiten.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static nl.cultuurschakel.binnenbuiten.account.AccountFixtures.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may reach which endpoint, for every request mapping the application registers: one
 * declarative matrix ({@code security/authorisation-matrix.txt}, method and path pattern
 * against anonymous and each role) and one check of every cell. A new endpoint without a
 * line in the matrix fails the build; so does a line for an endpoint that is gone.
 * <p>
 * A cell says what the security rules do with the request, before any record is looked
 * at: {@code allow} (the request reaches its controller, whatever that then answers),
 * {@code deny} (403 without reaching it) or {@code login} (sent to the log-in page). The
 * checks per record (a partner user and another organisation's record) come on top.
 */
@IntegrationTest
class AuthorisationMatrixTests {

	static final String MATRIX = "/security/authorisation-matrix.txt";

	static final List<String> WHO = List.of("anonymous", "admin", "coordinator", "advisor", "partner");

	/** An id no record has. */
	static final long NO_RECORD = 999_999_999L;

	static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)\\}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyEndpointHasALineInTheMatrix() throws IOException {
		Set<String> registered = endpoints();
		Set<String> declared = matrix().keySet();
		assertThat(registered).as("endpoints without a line in " + MATRIX).isSubsetOf(declared);
		assertThat(declared).as("lines in " + MATRIX + " for endpoints that do not exist").isSubsetOf(registered);
	}

	@Test
	void everyRoleGetsWhatTheMatrixSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		StringBuilder observed = new StringBuilder();
		for (String endpoint : endpoints()) {
			List<String> expected = matrix().get(endpoint);
			StringBuilder line = new StringBuilder(String.format("%-60s", endpoint));
			for (int i = 0; i < WHO.size(); i++) {
				String outcome = outcome(endpoint, WHO.get(i));
				line.append(String.format(" %-6s", outcome));
				if (expected != null && !expected.get(i).equals(outcome)) {
					wrong.add(endpoint + " as " + WHO.get(i) + ": expected " + expected.get(i) + ", got " + outcome);
				}
			}
			observed.append(line.toString().stripTrailing()).append('\n');
		}
		// What the application does, in the matrix's own format, to copy from when an
		// endpoint is added.
		Files.writeString(Path.of("target", "authorisation-observed.txt"), observed);
		assertThat(wrong).as("observed:\n" + observed).isEmpty();
	}

	/**
	 * "GET /partners/{id}" for every method and path pattern of every handler (a mapping
	 * without a method stands as GET and POST).
	 */
	Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
			if (methods.isEmpty()) {
				methods.addAll(List.of("GET", "POST"));
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue;
				}
				methods.forEach((method) -> endpoints.add(method + " " + pattern));
			}
		}
		return endpoints;
	}

	Map<String, List<String>> matrix() throws IOException {
		Map<String, List<String>> matrix = new LinkedHashMap<>();
		try (InputStream in = getClass().getResourceAsStream(MATRIX)) {
			String text = (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "";
			for (String line : text.split("\n")) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				String[] fields = trimmed.split("\\s+");
				assertThat(fields).as(line).hasSize(2 + WHO.size());
				matrix.put(fields[0] + " " + fields[1], List.of(fields).subList(2, fields.length));
			}
		}
		return matrix;
	}

	String outcome(String endpoint, String who) throws Exception {
		String[] parts = endpoint.split(" ", 2);
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), concrete(parts[1])).with(csrf());
		if (!who.equals("anonymous")) {
			Role role = Role.valueOf(who.toUpperCase());
			// A partner user of an organisation that does not exist: nothing of theirs to
			// change either.
			request = request.with(user(principal(role, (role == Role.PARTNER) ? NO_RECORD : null)));
		}
		MvcResult result;
		try {
			result = this.mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			// Only a controller lets an exception through to here: the security rules let
			// the request pass.
			return "allow";
		}
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		if (result.getHandler() != null) {
			return "allow";
		}
		if (status == 302 && location != null && location.endsWith("/login")) {
			return "login";
		}
		if (status == 403) {
			return "deny";
		}
		return "status" + status;
	}

	/**
	 * A path for the pattern, each variable filled with a value of its usual shape.
	 */
	static String concrete(String pattern) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1).replaceAll(":.*", "").replace("*", "");
			String value = switch (name) {
				case "year" -> "2024";
				case "token" -> "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
				// An id no record has: the request reaches its controller, which finds
				// nothing and changes nothing.
				default -> String.valueOf(NO_RECORD);
			};
			matcher.appendReplacement(path, value);
		}
		matcher.appendTail(path);
		return path.toString();
	}

}
