package fr.mutualis.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The Keycloak server distribution that Maven resolved and unpacked under the stack directory, built once with fixed
 * options ({@code kc.sh build}) so that every later start is an optimized start of a few seconds.
 */
public record KeycloakDistribution(Path home, String version) {

    /** Build-time options; changing them triggers one rebuild. */
    static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--cache=local", "--health-enabled=false",
            "--metrics-enabled=false");

    private static final String STAMP = ".mutualis-build";

    public static KeycloakDistribution locate(Path stackDirectory) {
        String version = bundledVersion();
        Path home = stackDirectory.resolve("keycloak-" + version);
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak " + version + " is not unpacked in " + home
                    + ". Build the project first (./mvnw package -DskipTests): Maven unpacks it there.");
        }
        return new KeycloakDistribution(home, version);
    }

    static String bundledVersion() {
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("versions.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("keycloak.version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("versions.properties is missing from the local-stack jar", e);
        }
    }

    /** Runs {@code kc.sh build} unless the last build used the same options; safe across concurrent JVMs. */
    public KeycloakDistribution built() {
        Path stamp = home.resolve(STAMP);
        String wanted = String.join(" ", BUILD_OPTIONS);
        try (FileChannel channel = FileChannel.open(home.resolve(STAMP + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            if (Files.exists(stamp) && Files.readString(stamp).equals(wanted)) {
                return this;
            }
            List<String> command = new ArrayList<>(command("build"));
            command.addAll(BUILD_OPTIONS);
            try (ChildProcess build = ChildProcess.start("keycloak-build", command, environment(Map.of()), home,
                    home.resolve("build.log"))) {
                build.awaitExit(Duration.ofMinutes(5));
            }
            Files.writeString(stamp, wanted);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build Keycloak in " + home, e);
        }
    }

    List<String> command(String verb) {
        return List.of("bash", home.resolve("bin/kc.sh").toString(), verb);
    }

    /** Keycloak runs on the JDK of this JVM (21 or newer). */
    Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> environment = new java.util.HashMap<>(extra);
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        return environment;
    }
}
