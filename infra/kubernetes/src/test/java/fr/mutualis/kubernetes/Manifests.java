package fr.mutualis.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kustomize base as Kubernetes objects: every file that {@code kustomization.yaml} lists, each document read
 * with the fabric8 model (typed for Kubernetes' own kinds, generic for custom resources), and the raw text.
 */
record Manifests(List<HasMetadata> objects, String text) {

    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    static Path projectDirectory() {
        return Path.of(System.getProperty("mutualis.project.dir", "../..")).toAbsolutePath().normalize();
    }

    static Path base() {
        return projectDirectory().resolve("infra/kubernetes/base");
    }

    @SuppressWarnings("unchecked")
    static List<String> resources() {
        Map<String, Object> kustomization = SERIALIZATION.unmarshal(read(base().resolve("kustomization.yaml")),
                Map.class);
        return (List<String>) kustomization.get("resources");
    }

    static Manifests load() {
        List<HasMetadata> objects = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String resource : resources()) {
            String content = read(base().resolve(resource));
            text.append(content).append('\n');
            for (String document : content.split("(?m)^---\\s*$")) {
                if (!document.replaceAll("(?m)^\\s*#.*$", "").isBlank()) {
                    objects.add(SERIALIZATION.unmarshal(document, HasMetadata.class));
                }
            }
        }
        return new Manifests(objects, text.toString());
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(resource -> kind.equals(resource.getKind()))
                .toList();
    }

    Optional<GenericKubernetesResource> custom(String kind, String name) {
        return custom(kind).stream().filter(resource -> name.equals(resource.getMetadata().getName())).findFirst();
    }

    Deployment deployment(String name) {
        return all(Deployment.class).stream().filter(deployment -> name.equals(deployment.getMetadata().getName()))
                .findFirst().orElseThrow(() -> new AssertionError("No Deployment " + name));
    }

    /** A deep copy, to break on purpose in the tests that show a check can fail. */
    Manifests copy() {
        List<HasMetadata> copies = objects.stream()
                .map(object -> (HasMetadata) SERIALIZATION.unmarshal(SERIALIZATION.asYaml(object), HasMetadata.class))
                .toList();
        return new Manifests(new ArrayList<>(copies), text);
    }
}
