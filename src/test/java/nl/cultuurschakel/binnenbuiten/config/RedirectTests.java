package nl.cultuurschakel.binnenbuiten.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.cultuurschakel.binnenbuiten.StoredSession;
import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.AccountFixtures;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redirects name a path on this server, never a host taken from the request: a forged
 * {@code Host} header must not end up in a {@code Location} header. Sent over a real
 * socket to the running Tomcat, since Tomcat is what turns paths into absolute URLs.
 */
@IntegrationTest
class RedirectTests {

	static final String FORGED_HOST = "evil.example";

	@LocalServerPort
	int port;

	@Autowired
	AccountFixtures fixtures;

	@AfterEach
	void cleanUp() {
		this.fixtures.deleteCreated();
	}

	@Test
	void protectedPageRedirectsToTheLogInPath() throws IOException {
		Response response = new Client().send("GET", "/account/password", null);

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).isEqualTo("/login");
	}

	@Test
	void logOutRedirectsToTheLogInPath() throws IOException {
		Client client = new Client();
		String csrf = client.send("GET", "/login", null).csrfToken();

		Response response = client.send("POST", "/logout", "_csrf=" + encode(csrf));

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).isEqualTo("/login?logout");
	}

	@Test
	void logInReturnsToTheRequestedPageAndFormsRedirectByPath() throws IOException {
		CurrentUser admin = this.fixtures.create("redirected", Role.ADMIN);
		Client client = new Client();
		client.send("GET", "/admin/users", null);
		String csrf = client.send("GET", "/login", null).csrfToken();

		Response login = client.send("POST", "/login", "username=" + encode(admin.getUsername()) + "&password="
				+ encode(AccountFixtures.PASSWORD) + "&_csrf=" + encode(csrf));

		assertThat(login.status()).isEqualTo(302);
		assertThat(login.location()).isEqualTo("/admin/users?continue");

		// Post/Redirect/Get after a form.
		String editPath = "/admin/users/" + admin.getId() + "/edit";
		String formCsrf = client.send("GET", editPath, null).csrfToken();
		Response unlock = client.send("POST", "/admin/users/" + admin.getId() + "/unlock", "_csrf=" + encode(formCsrf));

		assertThat(unlock.status()).isEqualTo(302);
		assertThat(unlock.location()).isEqualTo(editPath);
	}

	@Test
	void pathsAreKeptFromAbsoluteUrls() {
		assertThat(RelativeRedirectStrategy.pathAndQuery("http://evil.example:8080/admin/users?continue"))
			.isEqualTo("/admin/users?continue");
		assertThat(RelativeRedirectStrategy.pathAndQuery("https://evil.example")).isEqualTo("/");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * HTTP/1.1 over a socket, so the {@code Host} header can be anything (Tomcat never
	 * sends relative redirects to HTTP/1.0 clients); keeps the session cookie.
	 */
	private final class Client {

		private String sessionCookie;

		Response send(String method, String path, String form) throws IOException {
			byte[] body = (form != null) ? form.getBytes(StandardCharsets.UTF_8) : new byte[0];
			StringBuilder request = new StringBuilder(method).append(' ')
				.append(path)
				.append(" HTTP/1.1\r\nHost: ")
				.append(FORGED_HOST)
				.append("\r\nConnection: close\r\n");
			if (this.sessionCookie != null) {
				request.append("Cookie: ").append(this.sessionCookie).append("\r\n");
			}
			if (form != null) {
				request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
					.append(body.length)
					.append("\r\n");
			}
			request.append("\r\n");
			try (Socket socket = new Socket("localhost", RedirectTests.this.port)) {
				OutputStream out = socket.getOutputStream();
				out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
				out.write(body);
				out.flush();
				InputStream in = socket.getInputStream();
				Response response = Response.parse(in.readAllBytes());
				response.headers("set-cookie")
					.stream()
					.filter((cookie) -> cookie.startsWith(StoredSession.COOKIE + "="))
					.findFirst()
					.ifPresent((cookie) -> this.sessionCookie = cookie.substring(0, cookie.indexOf(';')));
				return response;
			}
		}

	}

	private record Response(int status, List<String[]> headerLines, String body) {

		static Response parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, end).split("\r\n");
			List<String[]> headers = new ArrayList<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.add(new String[] { lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim() });
			}
			byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
			boolean chunked = headers.stream()
				.anyMatch((header) -> header[0].equals("transfer-encoding") && header[1].contains("chunked"));
			return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers,
					new String(chunked ? unchunk(body) : body, StandardCharsets.UTF_8));
		}

		private static byte[] unchunk(byte[] chunked) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			String text = new String(chunked, StandardCharsets.ISO_8859_1);
			int at = 0;
			int size;
			do {
				int lineEnd = text.indexOf("\r\n", at);
				size = Integer.parseInt(text.substring(at, lineEnd).trim(), 16);
				body.write(chunked, lineEnd + 2, size);
				at = lineEnd + 2 + size + 2;
			}
			while (size > 0);
			return body.toByteArray();
		}

		List<String> headers(String name) {
			return this.headerLines.stream()
				.filter((header) -> header[0].equals(name))
				.map((header) -> header[1])
				.toList();
		}

		String location() {
			List<String> locations = headers("location");
			assertThat(locations).singleElement().asString().doesNotContain(FORGED_HOST);
			return locations.get(0);
		}

		String csrfToken() {
			String token = Jsoup.parse(this.body).select("input[name=_csrf]").attr("value");
			assertThat(token).isNotBlank();
			return token;
		}

	}

}
