package nl.cultuurschakel.binnenbuiten;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone with a browser, as far as HTTP goes: a cookie jar (cookies are per host, not
 * per port, so one visitor carries the session from one {@link AppInstance} to the other,
 * as a load balancer without sticky sessions does), no redirects followed, the CSRF token
 * taken from the form of the page, HTML asked for, every answer within 20 seconds.
 */
public final class HttpVisitor {

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	public HttpResponse<String> get(AppInstance instance, String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(instance.uri(path)).header("Accept", "text/html").GET());
	}

	/**
	 * Asks for JSON, as a monitor or a load balancer asks the health endpoint.
	 */
	public HttpResponse<String> getJson(AppInstance instance, String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(instance.uri(path)).header("Accept", "application/json").GET());
	}

	/**
	 * Posts a form with the given fields and the CSRF token.
	 */
	public HttpResponse<String> post(AppInstance instance, String path, String csrfToken, Map<String, String> fields)
			throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrfToken);
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(instance.uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Logs in through the log-in form of the instance.
	 */
	public void logIn(AppInstance instance, String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> form = get(instance, "/login");
		assertThat(form.statusCode()).isEqualTo(200);
		HttpResponse<String> loggedIn = post(instance, "/login", csrfToken(form),
				Map.of("username", username, "password", password));
		assertThat(loggedIn.statusCode()).as("log-in").isEqualTo(302);
		assertThat(loggedIn.headers().firstValue("Location")).hasValue("/");
	}

	/**
	 * The value of the session cookie, if there is one.
	 */
	public Optional<String> sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(StoredSession.COOKIE))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	/**
	 * The CSRF token in the (first) form of the page.
	 */
	public static String csrfToken(HttpResponse<String> page) {
		Element token = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]");
		assertThat(token).as("CSRF token in the page").isNotNull();
		return token.attr("value");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.timeout(Duration.ofSeconds(20)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
