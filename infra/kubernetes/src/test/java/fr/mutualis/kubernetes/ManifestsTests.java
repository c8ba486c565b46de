package fr.mutualis.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests (infra/kubernetes/base) against the applications they run: probes on paths the management
 * server serves, ports and environment variables the applications read, containers that cannot run as root, and no
 * credential in clear. The last tests break a copy on purpose to show that each rule does fail.
 */
class ManifestsTests {

    private static final Manifests MANIFESTS = Manifests.load();
    private static final AppConfiguration API = AppConfiguration.read("the api",
            Manifests.projectDirectory().resolve("api/src/main/resources/application.yaml"));
    private static final AppConfiguration PORTAL = AppConfiguration.read("the portal",
            Manifests.projectDirectory().resolve("web-client/src/main/resources/application.yaml"));

    @Test
    void everyListedResourceExistsAndParses() {
        assertThat(Manifests.resources()).allSatisfy(file -> assertThat(Manifests.base().resolve(file)).isRegularFile());
        assertThat(MANIFESTS.objects()).extracting(object -> object.getKind()).contains("Deployment", "Service",
                "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "Cluster", "ScheduledBackup",
                "Keycloak", "KeycloakRealmImport");
    }

    @Test
    void theApiAndThePortalMatchTheirConfiguration() {
        assertThat(API.managementPaths()).contains("/actuator/health/liveness", "/actuator/health/readiness",
                "/actuator/prometheus");
        assertThat(ManifestRules.matchesConfiguration(MANIFESTS.deployment("mutualis-api"), API)).isEmpty();
        assertThat(ManifestRules.matchesConfiguration(MANIFESTS.deployment("mutualis-portal"), PORTAL)).isEmpty();
    }

    @Test
    void noContainerMayRunAsRootOrWriteItsImage() {
        assertThat(MANIFESTS.all(Deployment.class)).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(deployment -> assertThat(ManifestRules.hardened(deployment)).isEmpty());
    }

    @Test
    void credentialsAreReferencedNeverWritten() {
        assertThat(ManifestRules.noSecretInClear(MANIFESTS)).isEmpty();
        assertThat(MANIFESTS.text()).doesNotContain("mutualis-portal-dev-secret", "mutualis-provisioner-dev-secret");
    }

    @Test
    void autoscalersBudgetsAndServicesPointAtTheirDeployments() {
        for (String name : List.of("mutualis-api", "mutualis-portal")) {
            Deployment deployment = MANIFESTS.deployment(name);
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            HorizontalPodAutoscaler hpa = named(HorizontalPodAutoscaler.class, name);
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
            assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
            PodDisruptionBudget budget = named(PodDisruptionBudget.class, name);
            assertThat(labels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
            Service service = named(Service.class, name);
            assertThat(labels).containsAllEntriesOf(service.getSpec().getSelector());
            IntOrString target = service.getSpec().getPorts().getFirst().getTargetPort();
            assertThat(ManifestRules.portNumber(deployment.getSpec().getTemplate().getSpec().getContainers().getFirst(),
                    target)).isEqualTo(name.endsWith("api") ? API.port() : PORTAL.port());
        }
        assertThat(MANIFESTS.deployment("mutualis-portal").getSpec().getTemplate().getSpec().getContainers().getFirst()
                .getEnv()).extracting(EnvVar::getName, EnvVar::getValue)
                .contains(org.assertj.core.groups.Tuple.tuple("MUTUALIS_PORTAL_API_BASE_URL",
                        "http://mutualis-api:" + API.port()), org.assertj.core.groups.Tuple.tuple(
                        "MUTUALIS_PORTAL_SESSION_STORE", "redis"));
    }

    @Test
    void networkPoliciesLetThePortalReachTheApiAndTheApiOnlyItsDatabaseAndKeycloak() {
        Map<String, Object> api = policy("mutualis-api");
        assertThat(api.toString()).contains("ingress=[{from=[{podSelector={matchLabels={app.kubernetes.io/name="
                + "mutualis-portal}}}], ports=[{port=" + API.port() + "}]}");
        assertThat(api.get("egress").toString()).isEqualTo("[{ports=[{port=5432}], to=[{podSelector={matchLabels="
                + "{cnpg.io/cluster=mutualis-db}}}]}, {ports=[{port=8443}], to=[{podSelector={matchLabels="
                + "{app=keycloak}}}]}]");
        assertThat(policy("default-deny").toString()).contains("podSelector={}", "policyTypes=[Ingress, Egress]");
    }

    @Test
    void postgresIsAClusterOfThreeWithTheTwoRolesAndBackups() {
        Map<String, Object> spec = spec(MANIFESTS.custom("Cluster", "mutualis-db").orElseThrow());
        assertThat((Integer) spec.get("instances")).isGreaterThanOrEqualTo(3);
        assertThat(spec.toString()).contains("owner=" + API.properties().get("spring.flyway.user")
                .replaceAll(".*:(\\w+)}", "$1"));
        assertThat(spec.get("managed").toString()).contains("name=" + API.properties().get("spring.r2dbc.username")
                .replaceAll(".*:(\\w+)}", "$1"), "bypassrls=false", "superuser=false", "passwordSecret={name=");
        assertThat(spec.get("backup").toString()).contains("barmanObjectStore", "destinationPath=s3://");
        assertThat(spec.get("bootstrap").toString()).as("the search's index under row-level security (ADR 19)")
                .contains("postInitApplicationSQL=[ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) LEAKPROOF]");
        assertThat(MANIFESTS.custom("ScheduledBackup")).anySatisfy(backup ->
                assertThat(spec(backup).toString()).contains("cluster={name=mutualis-db}"));
    }

    @Test
    void keycloakRunsClusteredOnItsOwnDatabaseWithTheProductionRealm() {
        Map<String, Object> spec = spec(MANIFESTS.custom("Keycloak", "keycloak").orElseThrow());
        assertThat((Integer) spec.get("instances")).isGreaterThanOrEqualTo(2);
        assertThat(spec.get("additionalOptions").toString()).contains("{name=cache, value=ispn}");
        assertThat(spec.get("db").toString()).contains("host=keycloak-db-rw").doesNotContain("mutualis-db");
        assertThat(MANIFESTS.custom("Cluster", "keycloak-db")).isPresent();
        Map<String, Object> realmImport = spec(MANIFESTS.custom("KeycloakRealmImport", "mutualis-realm").orElseThrow());
        String json = Manifests.read(Manifests.projectDirectory().resolve("infra/keycloak/mutualis-realm.json"));
        assertThat(realmImport.get("realm")).as("run infra/kubernetes/realm-import.sh after changing the realm")
                .isEqualTo(Manifests.SERIALIZATION.unmarshal(json, Map.class));
        java.util.regex.Matcher placeholders = java.util.regex.Pattern.compile("\\$\\{(MUTUALIS_[A-Z_]+)}").matcher(json);
        while (placeholders.find()) {
            assertThat(((Map<?, ?>) realmImport.get("placeholders")).get(placeholders.group(1)).toString())
                    .contains("secret={name=");
        }
    }

    @Test
    void theImagesAreBuiltInLayersAndRunAsAnUnprivilegedUser() throws Exception {
        for (String module : List.of("api", "web-client")) {
            String dockerfile = Files.readString(Manifests.projectDirectory().resolve(module + "/Dockerfile"));
            assertThat(dockerfile).contains("-Djarmode=tools", "extract --layers --launcher", "USER 10001:10001",
                    "COPY " + module + "/target/" + module + ".jar");
            assertThat(dockerfile.lines().filter(line -> line.startsWith("FROM"))).hasSize(2);
        }
    }

    // The rules fail on manifests broken on purpose.

    @Test
    void aProbeOnAPathThatIsNotServedOrOnThePublicPortFails() {
        Manifests broken = MANIFESTS.copy();
        var container = broken.deployment("mutualis-api").getSpec().getTemplate().getSpec().getContainers().getFirst();
        container.getLivenessProbe().getHttpGet().setPath("/health");
        container.getReadinessProbe().getHttpGet().setPort(new IntOrString("http"));
        assertThat(ManifestRules.matchesConfiguration(broken.deployment("mutualis-api"), API))
                .anyMatch(violation -> violation.contains("liveness probe path /health is not served"))
                .anyMatch(violation -> violation.contains("readiness probe port http is not the management port"));
    }

    @Test
    void aPortOrAVariableTheApplicationDoesNotHaveFails() {
        Manifests broken = MANIFESTS.copy();
        var container = broken.deployment("mutualis-portal").getSpec().getTemplate().getSpec().getContainers().getFirst();
        container.getPorts().getFirst().setContainerPort(8081);
        container.getEnv().getFirst().setName("MUTUALIS_PORTAL_API_URL");
        assertThat(ManifestRules.matchesConfiguration(broken.deployment("mutualis-portal"), PORTAL))
                .anyMatch(violation -> violation.contains("container port http is 8081"))
                .anyMatch(violation -> violation.contains("MUTUALIS_PORTAL_API_URL is not a setting"));
        var api = broken.deployment("mutualis-api").getSpec().getTemplate().getSpec().getContainers().getFirst();
        api.getEnv().removeIf(env -> env.getName().equals("MUTUALIS_PROVISIONER_CLIENT_SECRET"));
        assertThat(ManifestRules.matchesConfiguration(broken.deployment("mutualis-api"), API))
                .anyMatch(violation -> violation.contains("MUTUALIS_PROVISIONER_CLIENT_SECRET is required"));
    }

    @Test
    void aContainerThatMayRunAsRootFails() {
        Manifests broken = MANIFESTS.copy();
        var pod = broken.deployment("mutualis-api").getSpec().getTemplate().getSpec();
        pod.getSecurityContext().setRunAsUser(0L);
        pod.getContainers().getFirst().getSecurityContext().setReadOnlyRootFilesystem(false);
        assertThat(ManifestRules.hardened(broken.deployment("mutualis-api")))
                .anyMatch(violation -> violation.contains("may run as root"))
                .anyMatch(violation -> violation.contains("readOnlyRootFilesystem"));
    }

    @Test
    void aSecretInClearFails() {
        Manifests broken = MANIFESTS.copy();
        var env = broken.deployment("mutualis-portal").getSpec().getTemplate().getSpec().getContainers().getFirst()
                .getEnv().stream().filter(variable -> variable.getName().equals("MUTUALIS_PORTAL_CLIENT_SECRET"))
                .findFirst().orElseThrow();
        env.setValueFrom(null);
        env.setValue("s3cr3t");
        GenericKubernetesResource keycloak = broken.custom("Keycloak", "keycloak").orElseThrow();
        spec(keycloak).put("db", Map.of("host", "keycloak-db-rw", "password", "hunter2"));
        assertThat(ManifestRules.noSecretInClear(broken))
                .anyMatch(violation -> violation.contains("MUTUALIS_PORTAL_CLIENT_SECRET must come from a Secret"))
                .anyMatch(violation -> violation.contains("Keycloak keycloak.spec.db.password holds a value in clear"));
    }

    private static <T extends io.fabric8.kubernetes.api.model.HasMetadata> T named(Class<T> type, String name) {
        return MANIFESTS.all(type).stream().filter(object -> name.equals(object.getMetadata().getName())).findFirst()
                .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " " + name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> policy(String name) {
        var policy = named(io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class, name);
        return Manifests.SERIALIZATION.convertValue(policy.getSpec(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }
}
