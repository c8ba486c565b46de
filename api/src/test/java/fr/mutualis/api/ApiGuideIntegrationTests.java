package fr.mutualis.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.stack.DemoData;
import fr.mutualis.stack.TestStack;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs every {@code sh} example of {@code docs/api-guide.md}, in order and in one bash, with curl and jq against this
 * api (with the demo data) and the test Keycloak: an example that no longer works fails the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mutualis.public-api.anonymous-per-minute=10000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiGuideIntegrationTests {

    private static final Pattern EXAMPLE = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
    }

    @LocalServerPort
    private int port;

    @TempDir
    private Path workingDirectory;

    @BeforeAll
    void demoData() {
        new DemoData(api(), TestStack.keycloak(), line -> { }).seed();
    }

    /** The examples, in the order of the guide. */
    static List<String> examples() throws IOException {
        String guide = Files.readString(TestStack.projectDirectory().resolve("docs/api-guide.md"));
        List<String> found = new ArrayList<>();
        Matcher matcher = EXAMPLE.matcher(guide);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** All the examples in one shell, in order, as a reader would run them in one terminal. */
    @Test
    void theExamplesWorkInOrder() throws IOException, InterruptedException {
        List<String> examples = examples();
        assertThat(examples).hasSizeGreaterThan(5);
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < examples.size(); i++) {
            script.append("echo '>>> example ").append(i + 1).append("'\n").append(examples.get(i)).append('\n');
        }
        ProcessBuilder bash = new ProcessBuilder("timeout", "300", "bash", "-euo", "pipefail", "-c", script.toString())
                .directory(workingDirectory.toFile()).redirectErrorStream(true);
        bash.environment().put("MUTUALIS_API", api().toString());
        bash.environment().put("MUTUALIS_KEYCLOAK", TestStack.keycloak().url().toString().replaceAll("/$", ""));
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        assertThat(finished).as("the examples finished within 5 minutes").isTrue();
        String last = output.substring(Math.max(0, output.lastIndexOf(">>> example")));
        assertThat(process.exitValue()).as("exit status; the failing example's output:\n" + last).isZero();
        assertThat(output).contains(">>> example " + examples.size());
    }

    private URI api() {
        return URI.create("http://localhost:" + port);
    }
}
