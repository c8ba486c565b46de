package fr.mutualis.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rules the manifests follow, each a function that lists the violations it finds (empty: the rule holds), so that
 * the tests can show on a broken copy that every rule does fail.
 */
final class ManifestRules {

    /** Names of settings that hold a credential: their value must come from a Secret, never be written out. */
    static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|credential|private.?key|redis.?url).*");

    private ManifestRules() {
    }

    /** Ports, probes, Prometheus annotations and environment of the application's Deployment against its configuration. */
    static List<String> matchesConfiguration(Deployment deployment, AppConfiguration app) {
        List<String> violations = new ArrayList<>();
        String where = deployment.getMetadata().getName();
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
        expectPort(violations, where, container, "http", app.port());
        expectPort(violations, where, container, "management", app.managementPort());
        for (Map.Entry<String, Probe> probe : probes(container).entrySet()) {
            HTTPGetAction get = probe.getValue() == null ? null : probe.getValue().getHttpGet();
            if (get == null) {
                violations.add(where + ": " + probe.getKey() + " probe is not an HTTP GET on the management port");
                continue;
            }
            if (!app.managementPaths().contains(get.getPath())) {
                violations.add(where + ": " + probe.getKey() + " probe path " + get.getPath() + " is not served ("
                        + app.managementPaths() + ")");
            }
            if (portNumber(container, get.getPort()) != app.managementPort()) {
                violations.add(where + ": " + probe.getKey() + " probe port " + get.getPort().getValue()
                        + " is not the management port " + app.managementPort());
            }
        }
        Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
        if (annotations == null || !"true".equals(annotations.get("prometheus.io/scrape"))
                || !String.valueOf(app.managementPort()).equals(annotations.get("prometheus.io/port"))
                || !app.managementPaths().contains(annotations.get("prometheus.io/path"))) {
            violations.add(where + ": Prometheus annotations do not point at the served metrics " + annotations);
        }
        List<String> names = container.getEnv().stream().map(EnvVar::getName).toList();
        names.stream().filter(name -> !app.knows(name))
                .forEach(name -> violations.add(where + ": " + name + " is not a setting of " + app.name()));
        app.requiredVariables().stream().filter(name -> !names.contains(name))
                .forEach(name -> violations.add(where + ": " + name + " is required by " + app.name() + " and not set"));
        return violations;
    }

    /** Non-root, no privilege escalation, no capability, read-only root file system, /tmp writable, sized. */
    static List<String> hardened(Deployment deployment) {
        List<String> violations = new ArrayList<>();
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        PodSecurityContext podSecurity = pod.getSecurityContext();
        for (Container container : pod.getContainers()) {
            String where = deployment.getMetadata().getName() + "/" + container.getName();
            SecurityContext security = container.getSecurityContext();
            Boolean nonRoot = security != null && security.getRunAsNonRoot() != null ? security.getRunAsNonRoot()
                    : podSecurity == null ? null : podSecurity.getRunAsNonRoot();
            Long user = security != null && security.getRunAsUser() != null ? security.getRunAsUser()
                    : podSecurity == null ? null : podSecurity.getRunAsUser();
            if (!Boolean.TRUE.equals(nonRoot) || user == null || user == 0) {
                violations.add(where + ": may run as root (runAsNonRoot and a non-zero runAsUser are required)");
            }
            if (security == null || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())
                    || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem()) || security.getCapabilities() == null
                    || !security.getCapabilities().getDrop().contains("ALL")) {
                violations.add(where + ": needs allowPrivilegeEscalation false, readOnlyRootFilesystem true, drop ALL");
            }
            boolean tmp = container.getVolumeMounts().stream().anyMatch(mount -> "/tmp".equals(mount.getMountPath())
                    && pod.getVolumes().stream().anyMatch(volume -> volume.getName().equals(mount.getName())
                            && volume.getEmptyDir() != null));
            if (!tmp) {
                violations.add(where + ": /tmp is not a writable emptyDir");
            }
            var resources = container.getResources();
            if (resources == null || !resources.getRequests().keySet().containsAll(List.of("cpu", "memory"))
                    || !resources.getLimits().containsKey("memory")) {
                violations.add(where + ": needs cpu and memory requests and a memory limit");
            }
            if (pod.getVolumes().stream().map(Volume::getHostPath).anyMatch(Objects::nonNull)) {
                violations.add(where + ": mounts a host path");
            }
        }
        return violations;
    }

    /** Credentials are referenced (secretKeyRef, a Secret's name, a ${PLACEHOLDER}), never written in the manifests. */
    static List<String> noSecretInClear(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        manifests.objects().stream().filter(object -> "Secret".equals(object.getKind()))
                .forEach(secret -> violations.add("Secret " + secret.getMetadata().getName() + " is inlined"));
        for (Deployment deployment : manifests.all(Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                container.getEnv().stream().filter(env -> SECRET_NAME.matcher(env.getName()).matches())
                        .filter(env -> env.getValue() != null || env.getValueFrom() == null
                                || env.getValueFrom().getSecretKeyRef() == null)
                        .forEach(env -> violations.add(deployment.getMetadata().getName() + ": " + env.getName()
                                + " must come from a Secret (secretKeyRef)"));
            }
        }
        for (var object : manifests.objects()) {
            scalarSecrets(object.getKind() + " " + object.getMetadata().getName(),
                    Manifests.SERIALIZATION.convertValue(object, Map.class), violations);
        }
        return violations;
    }

    private static void scalarSecrets(String path, Object node, List<String> violations) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                String name = String.valueOf(key);
                if (value instanceof String text && SECRET_NAME.matcher(name).matches() && !isReference(name, text)) {
                    violations.add(path + "." + name + " holds a value in clear");
                }
                scalarSecrets(path + "." + name, value, violations);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> scalarSecrets(path, item, violations));
        }
    }

    /** A Secret's name ({@code tlsSecret}, {@code secretName}), a reference, a placeholder, or a flag or number. */
    private static boolean isReference(String key, String value) {
        return key.endsWith("Secret") || key.equals("secretName") || key.endsWith("Policy") || value.matches("\\$[({][A-Z0-9_]+[)}]")
                || value.isEmpty() || value.matches("true|false|[0-9]+");
    }

    static Map<String, Probe> probes(Container container) {
        Map<String, Probe> probes = new java.util.LinkedHashMap<>();
        probes.put("liveness", container.getLivenessProbe());
        probes.put("readiness", container.getReadinessProbe());
        if (container.getStartupProbe() != null) {
            probes.put("startup", container.getStartupProbe());
        }
        return probes;
    }

    private static void expectPort(List<String> violations, String where, Container container, String name, int port) {
        int declared = container.getPorts().stream().filter(candidate -> name.equals(candidate.getName()))
                .map(ContainerPort::getContainerPort).findFirst().orElse(-1);
        if (declared != port) {
            violations.add(where + ": container port " + name + " is " + declared + ", the application listens on "
                    + port);
        }
    }

    static int portNumber(Container container, IntOrString port) {
        if (port == null) {
            return -1;
        }
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(candidate -> port.getStrVal().equals(candidate.getName()))
                .map(ContainerPort::getContainerPort).findFirst().orElse(-1);
    }
}
