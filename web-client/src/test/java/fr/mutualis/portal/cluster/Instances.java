package fr.mutualis.portal.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.mutualis.stack.ChildProcess;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.FreePorts;
import fr.mutualis.stack.TestData;
import fr.mutualis.stack.TestRealms;
import fr.mutualis.stack.TestStack;

/**
 * One instance of the api or of the portal, run from its packaged jar as a child process on its own free ports, the
 * way a second pod would run it.
 */
final class Instances implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final ChildProcess process;

	private final int port;

	private final int managementPort;

	private Instances(ChildProcess process, int port, int managementPort) {
		this.process = process;
		this.port = port;
		this.managementPort = managementPort;
	}

	/** An api on {@code database}, with the test Keycloak; several of them share the database. */
	static Instances api(String name, Database database) {
		Map<String, String> environment = new HashMap<>(database.environment());
		environment.put("MUTUALIS_KEYCLOAK_URL", TestStack.keycloak().url().toString());
		environment.put("MUTUALIS_PROVISIONER_CLIENT_SECRET", TestStack.PROVISIONER_DEV_SECRET);
		return start(name, jar("api/target/api.jar"), environment);
	}

	/** A portal in front of {@code api}, its sessions in Redis under {@code sessionNamespace}. */
	static Instances portal(String name, String api, String sessionNamespace) {
		Map<String, String> environment = new HashMap<>();
		environment.put("MUTUALIS_KEYCLOAK_URL", TestStack.keycloak().url().toString());
		environment.put("MUTUALIS_PORTAL_API_BASE_URL", api);
		environment.put("MUTUALIS_PORTAL_SESSION_STORE", "redis");
		environment.put("MUTUALIS_PORTAL_SESSION_NAMESPACE", sessionNamespace);
		Instances portal = start(name, jar("web-client/target/web-client.jar"), environment);
		TestRealms.allowPortalAt(portal.url());
		return portal;
	}

	private static Instances start(String name, Path jar, Map<String, String> environment) {
		int port = FreePorts.next();
		int managementPort = FreePorts.next();
		environment.put("SERVER_PORT", Integer.toString(port));
		environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort));
		ChildProcess process = ChildProcess.startJar(name, jar, List.of(), environment,
				TestStack.stackDirectory().resolve("logs/" + name + "-" + port + ".log"));
		return new Instances(process, port, managementPort);
	}

	private static Path jar(String path) {
		Path jar = TestStack.projectDirectory().resolve(path);
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: package the api and the portal first "
					+ "(./mvnw -pl api,web-client -am package -DskipTests)");
		}
		return jar;
	}

	/** The body of {@code POST /api/v1/authorities} for a new commune. */
	static String authority(String slug, String suffix) {
		return """
				{"slug": "%s", "name": "Commune à deux instances %s", "kind": "COMMUNE", "siren": "%s",
				 "population": 1200, "agents": 12, "regionCode": "53", "departmentCode": "35",
				 "emailDomains": ["%s.test"]}""".formatted(slug, suffix, TestData.siren(), slug);
	}

	void awaitReady() {
		this.process.awaitHttp(URI.create("http://localhost:" + this.managementPort + "/actuator/health/readiness"),
				Duration.ofMinutes(3));
	}

	String url() {
		return "http://localhost:" + this.port;
	}

	/** Whether the public port still answers at all. */
	boolean answers() {
		try {
			HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/")).timeout(Duration.ofSeconds(2)).build(),
					HttpResponse.BodyHandlers.discarding());
			return true;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<String> send(String method, String path, String token, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
		if (json == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + url() + path + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.process.close();
	}

}
