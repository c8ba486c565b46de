package fr.mutualis.portal.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.netty.handler.codec.http.HttpResponseStatus;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A stand-in for the Mutualis api on a free local port, speaking its documented JSON: a test
 * says what it answers to {@code "METHOD /path"} (or {@code "METHOD /path?query"}, which wins),
 * and reads back what the portal sent. Anything else is a 404 problem, as the api answers.
 */
public final class FakeApi implements AutoCloseable {

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final DisposableServer server;

	public FakeApi() {
		this.server = HttpServer.create().host("127.0.0.1").port(0).handle(this::answer).bindNow();
	}

	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.server.port());
	}

	/** Answers {@code request} (e.g. {@code "GET /api/v1/me"}) with 200 and the JSON. */
	public FakeApi answers(String request, String json) {
		return answers(request, 200, json);
	}

	/** Answers {@code request} with the status and body (JSON, or a problem from 400 on). */
	public FakeApi answers(String request, int status, String body, String... headerNamesAndValues) {
		this.answers.put(request, new Answer(status, body, List.of(headerNamesAndValues)));
		return this;
	}

	/** Answers {@code request} with an RFC 9457 problem of the api. */
	public FakeApi refuses(String request, int status, String type, String extraMembers) {
		String problem = "{\"type\":\"urn:mutualis:problem:" + type + "\",\"title\":\"" + type + "\",\"status\":" + status
				+ ",\"detail\":\"In English, for developers.\",\"requestId\":\"a1b2c3\"" + extraMembers + "}";
		return answers(request, status, problem);
	}

	/** Forgets every answer and every request received. */
	public void reset() {
		this.answers.clear();
		this.received.clear();
	}

	/** Every request received, in order. */
	public List<Received> received() {
		return List.copyOf(this.received);
	}

	/** The last request received for {@code "METHOD /path"} (query ignored), or null. */
	public @Nullable Received last(String request) {
		for (int i = this.received.size() - 1; i >= 0; i--) {
			Received one = this.received.get(i);
			if ((one.method() + " " + one.path()).equals(request)) {
				return one;
			}
		}
		return null;
	}

	private Mono<Void> answer(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().aggregate().asString().defaultIfEmpty("").flatMap((body) -> {
			String method = request.method().name();
			String uri = request.uri();
			String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
			HttpHeaders headers = new HttpHeaders();
			request.requestHeaders().forEach((header) -> headers.add(header.getKey(), header.getValue()));
			this.received.add(new Received(method, path, uri, headers, body));
			Answer answer = this.answers.getOrDefault(method + " " + uri, this.answers.get(method + " " + path));
			if (answer == null) {
				answer = new Answer(404, "{\"type\":\"urn:mutualis:problem:not-found\",\"title\":\"Not Found\",\"status\":404}",
						List.of());
			}
			return send(response, answer);
		});
	}

	private static Mono<Void> send(HttpServerResponse response, Answer answer) {
		response.status(HttpResponseStatus.valueOf(answer.status()));
		for (int i = 0; i + 1 < answer.headers().size(); i += 2) {
			response.header(answer.headers().get(i), answer.headers().get(i + 1));
		}
		if (answer.status() == 204 || answer.body().isEmpty()) {
			return response.send().then();
		}
		String type = (answer.status() >= 400 && answer.body().startsWith("{"))
				? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.APPLICATION_JSON_VALUE;
		return response.header(HttpHeaders.CONTENT_TYPE, type).sendString(Mono.just(answer.body())).then();
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

	private record Answer(int status, String body, List<String> headers) {
	}

	/**
	 * A request the portal sent.
	 *
	 * @param method its method
	 * @param path its path
	 * @param uri its path and query
	 * @param headers its headers
	 * @param body its body, empty if none
	 */
	public record Received(String method, String path, String uri, HttpHeaders headers, String body) {

		public @Nullable String header(String name) {
			return this.headers.getFirst(name);
		}

	}

}
