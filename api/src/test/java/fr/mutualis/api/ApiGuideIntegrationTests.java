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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs every {@code sh} example of {@code docs/api-guide.md} with bash and curl against this api (with the demo data)
 * and the test Keycloak: an example that no longer works fails the build.
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

    static Stream<String> examples() throws IOException {
        String guide = Files.readString(TestStack.projectDirectory().resolve("docs/api-guide.md"));
        List<String> found = new ArrayList<>();
        Matcher matcher = EXAMPLE.matcher(guide);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        assertThat(found).isNotEmpty();
        return found.stream();
    }

    @ParameterizedTest(name = "example {index}")
    @MethodSource("examples")
    void theExampleWorks(String example) throws IOException, InterruptedException {
        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", example)
                .directory(workingDirectory.toFile()).redirectErrorStream(true);
        bash.environment().put("MUTUALIS_API", api().toString());
        bash.environment().put("MUTUALIS_KEYCLOAK", TestStack.keycloak().url().toString().replaceAll("/$", ""));
        Process process = bash.start();
        boolean finished = process.waitFor(90, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("finished within 90 s:\n" + example).isTrue();
        assertThat(process.exitValue()).as("exit status of\n" + example + "\noutput:\n" + output).isZero();
    }

    private URI api() {
        return URI.create("http://localhost:" + port);
    }
}
