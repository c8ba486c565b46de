package fr.mutualis.kubernetes;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What an application's {@code application.yaml} says (every document, every profile): its properties, flattened,
 * the {@code ${NAME}} variables it reads, and from them its ports and the management paths it serves.
 */
record AppConfiguration(String name, Map<String, String> properties, Set<String> mapKeys, Set<String> variables,
        Set<String> requiredVariables) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    static AppConfiguration read(String name, Path file) {
        Map<String, String> properties = new LinkedHashMap<>();
        Set<String> mapKeys = new LinkedHashSet<>();
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class).readValues(file.toFile())) {
            while (documents.hasNext()) {
                flatten("", documents.next(), properties, mapKeys);
            }
        }
        Set<String> variables = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        for (String value : properties.values()) {
            Matcher matcher = VARIABLE.matcher(value);
            while (matcher.find()) {
                variables.add(matcher.group(1));
                if (matcher.group(2) == null) {
                    required.add(matcher.group(1));
                }
            }
        }
        return new AppConfiguration(name, properties, mapKeys, variables, required);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> properties, Set<String> mapKeys) {
        if (node.isObject()) {
            if (!prefix.isEmpty()) {
                mapKeys.add(prefix);
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), properties,
                        mapKeys);
            }
        } else if (node.isArray()) {
            properties.put(prefix, node.toString());
        } else {
            properties.put(prefix, node.asString());
        }
    }

    int port() {
        return Integer.parseInt(properties.getOrDefault("server.port", "8080"));
    }

    int managementPort() {
        return Integer.parseInt(properties.getOrDefault("management.server.port", String.valueOf(port())));
    }

    /** The paths the management server answers: exposed endpoints, and health probes and groups when enabled. */
    Set<String> managementPaths() {
        String base = properties.getOrDefault("management.endpoints.web.base-path", "/actuator");
        Set<String> paths = new LinkedHashSet<>();
        String exposed = properties.getOrDefault("management.endpoints.web.exposure.include", "health");
        for (String endpoint : exposed.split(",")) {
            paths.add(base + "/" + endpoint.trim());
        }
        if (paths.contains(base + "/health")) {
            if (Boolean.parseBoolean(properties.getOrDefault("management.endpoint.health.probes.enabled", "false"))) {
                paths.add(base + "/health/liveness");
                paths.add(base + "/health/readiness");
            }
            mapKeys.stream().filter(key -> key.matches("management\\.endpoint\\.health\\.group\\.[^.]+"))
                    .forEach(group -> paths.add(base + "/health/" + group.substring(group.lastIndexOf('.') + 1)));
        }
        return paths;
    }

    /**
     * Whether Spring would bind this environment variable to a property of this application: a variable the file
     * reads, a property it sets (relaxed binding ignores dots, dashes and case), or a sibling in one of Spring Boot's
     * own property groups that it uses (e.g. {@code SPRING_R2DBC_PASSWORD} beside {@code spring.r2dbc.username});
     * the application's own {@code mutualis.*} properties must all be in the file.
     */
    boolean knows(String variable) {
        if (variables.contains(variable)) {
            return true;
        }
        String uniform = uniform(variable);
        if (properties.keySet().stream().anyMatch(key -> uniform(key).equals(uniform))) {
            return true;
        }
        int lastSeparator = variable.lastIndexOf('_');
        String parent = lastSeparator < 0 ? "" : uniform(variable.substring(0, lastSeparator));
        return mapKeys.stream().filter(key -> key.contains(".") && key.matches("(spring|server|management)\\..*"))
                .anyMatch(key -> uniform(key).equals(parent));
    }

    private static String uniform(String name) {
        return name.replaceAll("[._\\-\\[\\]]", "").toLowerCase(Locale.ROOT);
    }
}
