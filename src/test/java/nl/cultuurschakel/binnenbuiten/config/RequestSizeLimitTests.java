package nl.cultuurschakel.binnenbuiten.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits on what a request may carry ({@code application.properties}), through the
 * real servlet container: a form post over the limit gets the friendly Dutch 413 page
 * before anything else looks at it, a form of the largest size the app's forms take
 * passes, and requests the app has no use for (uploads, huge headers) are refused without
 * a 5xx.
 */
@IntegrationTest
class RequestSizeLimitTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void aFormPostOfThreeMegabytesGetsTheFriendlyTooLargePage() throws Exception {
		HttpResponse<String> response = postForm("/contacts", "subject=" + "x".repeat(3 * 1024 * 1024));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("<h1>Te veel gegevens verstuurd</h1>", "Foutcode 413", "<main");
	}

	@Test
	void aFormAsLargeAsTheAppsLargestPassesTheLimit() throws Exception {
		// Ten fields of 10,000 characters that each take three bytes, percent-encoded.
		String field = "%E2%82%AC".repeat(10_000);
		StringBuilder body = new StringBuilder("a=" + field);
		for (int i = 1; i < 10; i++) {
			body.append("&f").append(i).append('=').append(field);
		}
		HttpResponse<String> response = postForm("/contacts", body.toString());

		// On to the security rules: without a token the request is refused, not too
		// large.
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void anUploadIsRefusedWithoutAServerError() throws Exception {
		String boundary = "grens";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n" + "x".repeat(2 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/contacts"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isBetween(400, 499);
	}

	@Test
	void aHugeHeaderIsRefusedWithoutAServerError() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(uri("/login")).header("X-Padding", "x".repeat(64 * 1024)).GET().build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> postForm(String path, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
