package fr.mutualis.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Opening and sending the portal's pages in a slice test, as a browser that prefers French would.
 */
public final class Pages {

	private Pages() {
	}

	/** The HTML of the page, after checking its status. */
	public static String open(WebTestClient web, String uri, HttpStatus status) {
		return open(web, uri, status, "fr");
	}

	/** The HTML of the page in the given language, after checking its status. */
	public static String open(WebTestClient web, String uri, HttpStatus status, String language) {
		return web.get()
			.uri(URI.create(uri)) // as a browser sends it: already encoded
			.accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.exchange()
			.expectStatus().isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** Sends a form (with its CSRF token) and returns the page that answers, after checking its status. */
	public static String send(WebTestClient web, String uri, Map<String, String> fields, HttpStatus status) {
		return post(web, uri, fields).expectStatus().isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** Sends a form (with its CSRF token) and returns where the portal then sends the browser. */
	public static URI sendAndFollow(WebTestClient web, String uri, Map<String, String> fields) {
		URI location = post(web, uri, fields).expectStatus().isSeeOther()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();
		assertThat(location).isNotNull();
		return location;
	}

	private static WebTestClient.ResponseSpec post(WebTestClient web, String uri, Map<String, String> fields) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		fields.forEach(form::add);
		return web.mutateWith(csrf())
			.post()
			.uri(URI.create(uri))
			.accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange();
	}

	/** What every page of the portal keeps to: light, no inline code or style, one CSRF token per POST form. */
	public static void assertSober(String page) {
		assertThat(page).startsWith("<!DOCTYPE html>")
			.doesNotContainPattern("(?i)<style|\\sstyle=|\\son[a-z]+=")
			.doesNotContainPattern("<script(?![^>]*\\ssrc=)")
			.doesNotContain("http://", "https://");
		assertThat(page.getBytes()).hasSizeLessThan(100 * 1024);
		int postForms = countOf(page, "method=\"post\"");
		int csrfFields = countOf(page, "<input type=\"hidden\" name=\"_csrf\" value=\"");
		assertThat(csrfFields).as("CSRF fields of the POST forms").isEqualTo(postForms);
	}

	private static int countOf(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

}
