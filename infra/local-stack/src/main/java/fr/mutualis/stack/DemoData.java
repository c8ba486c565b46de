package fr.mutualis.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * The demo data of the local stack, put in through the real api (never SQL) as the demo {@code operator}: the
 * authorities of the contract and enough peers for comparisons, then the memberships of the demo users. Idempotent:
 * a second run changes nothing and prints nothing; every step prints one line when it changed something.
 *
 * <p>A membership is made as a person accepting an invitation would make it: the operator invites the user with the
 * role, the user joins the authority's Keycloak organization, and the user's next {@code GET /api/v1/me} makes the
 * api record the membership with the invited role.
 *
 * <p>Figures (populations, agents) are rounded orders of magnitude and the SIRENs follow the official numbering
 * patterns and pass the Luhn check: they are illustrative, not reference data.
 */
public final class DemoData {

    /** One demo authority, as {@code POST /api/v1/authorities} takes it. Parents come before their children. */
    public record DemoAuthority(String slug, String name, String kind, String siren, String inseeCode,
            Integer population, Integer agents, String regionCode, String departmentCode, String parent,
            List<String> emailDomains) {
    }

    /** A demo user of the dev realm and the authority they belong to. */
    public record DemoMember(String username, String email, String authority, String role) {
    }

    public static final List<DemoAuthority> AUTHORITIES = List.of(
            // Régions
            region("region-bretagne", "Région Bretagne", "233500016", 3_402_900, 4_200, "53", "bretagne.bzh"),
            region("region-pays-de-la-loire", "Région Pays de la Loire", "234400034", 3_873_100, 3_900, "52",
                    "paysdelaloire.fr"),
            region("region-normandie", "Région Normandie", "200053403", 3_327_500, 5_000, "28", "normandie.fr"),
            region("region-nouvelle-aquitaine", "Région Nouvelle-Aquitaine", "200053759", 6_081_000, 8_700, "75",
                    "nouvelle-aquitaine.fr"),
            // Départements of Bretagne
            department("departement-finistere", "Département du Finistère", "222900011", 919_900, 3_700, "29",
                    "finistere.fr"),
            department("departement-ille-et-vilaine", "Département d'Ille-et-Vilaine", "223500018", 1_102_000, 4_600,
                    "35", "ille-et-vilaine.fr"),
            department("departement-morbihan", "Département du Morbihan", "225600014", 771_000, 2_900, "56",
                    "morbihan.fr"),
            department("departement-cotes-d-armor", "Département des Côtes-d'Armor", "222200016", 606_000, 2_700, "22",
                    "cotesdarmor.fr"),
            // EPCI
            epci("rennes-metropole", "Rennes Métropole", "243500139", 466_000, 4_300, "35",
                    "departement-ille-et-vilaine", "rennesmetropole.fr"),
            epci("brest-metropole", "Brest Métropole", "242900314", 212_000, 2_900, "29", "departement-finistere",
                    "brest-metropole.fr"),
            epci("quimper-bretagne-occidentale", "Quimper Bretagne Occidentale", "200068120", 101_000, 950, "29",
                    "departement-finistere", "quimper-bretagne-occidentale.bzh"),
            epci("lorient-agglomeration", "Lorient Agglomération", "200042174", 204_000, 1_100, "56",
                    "departement-morbihan", "agglo-lorient.fr"),
            epci("golfe-du-morbihan-vannes-agglomeration", "Golfe du Morbihan - Vannes agglomération", "200067932",
                    172_000, 900, "56", "departement-morbihan", "gmvagglo.bzh"),
            epci("saint-malo-agglomeration", "Saint-Malo Agglomération", "243500741", 84_000, 500, "35",
                    "departement-ille-et-vilaine", "stmalo-agglomeration.fr"),
            epci("lannion-tregor-communaute", "Lannion-Trégor Communauté", "200065928", 103_000, 800, "22",
                    "departement-cotes-d-armor", "lannion-tregor.com"),
            // Communes
            commune("ville-de-quimper", "Ville de Quimper", "212902324", "29232", 64_000, 1_150, "29",
                    "quimper-bretagne-occidentale", "quimper.bzh"),
            commune("ville-de-rennes", "Ville de Rennes", "213502388", "35238", 225_000, 3_600, "35",
                    "rennes-metropole", "ville-rennes.fr"),
            commune("ville-de-brest", "Ville de Brest", "212900195", "29019", 140_000, 1_900, "29", "brest-metropole",
                    "mairie-brest.fr"),
            commune("ville-de-vannes", "Ville de Vannes", "215602608", "56260", 54_000, 1_050, "56",
                    "golfe-du-morbihan-vannes-agglomeration", "mairie-vannes.fr"),
            commune("ville-de-lorient", "Ville de Lorient", "215601212", "56121", 57_000, 1_100, "56",
                    "lorient-agglomeration", "mairie-lorient.fr"),
            commune("ville-de-saint-malo", "Ville de Saint-Malo", "213502883", "35288", 47_000, 1_000, "35",
                    "saint-malo-agglomeration", "ville-saint-malo.fr"),
            commune("ville-de-lannion", "Ville de Lannion", "212201131", "22113", 20_000, 420, "22",
                    "lannion-tregor-communaute", "ville-lannion.fr"),
            // A syndicat mixte: the digital-services syndicate of the Breton authorities
            new DemoAuthority("megalis-bretagne", "Mégalis Bretagne", "SYNDICAT", "253514491", null, null, 60, "53", null,
                    null, List.of("megalis.bzh")));

    public static final List<DemoMember> MEMBERS = List.of(
            new DemoMember("admin.bretagne", "admin.bretagne@bretagne.bzh", "region-bretagne", "ADMIN"),
            new DemoMember("editor.bretagne", "editor.bretagne@bretagne.bzh", "region-bretagne", "EDITOR"),
            new DemoMember("viewer.bretagne", "viewer.bretagne@bretagne.bzh", "region-bretagne", "VIEWER"),
            new DemoMember("editor.rennes", "editor.rennes@rennesmetropole.fr", "rennes-metropole", "EDITOR"),
            new DemoMember("viewer.quimper", "viewer.quimper@quimper.bzh", "ville-de-quimper", "VIEWER"));

    private static final String REALM = "mutualis";
    private static final String CLI_CLIENT = "mutualis-cli";
    private static final String OPERATOR = "operator";
    private static final String DEMO_PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI api;
    private final KeycloakServer keycloak;
    private final Consumer<String> out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> changes = new ArrayList<>();

    public DemoData(URI api, KeycloakServer keycloak) {
        this(api, keycloak, System.out::println);
    }

    public DemoData(URI api, KeycloakServer keycloak, Consumer<String> out) {
        this.api = api;
        this.keycloak = keycloak;
        this.out = out;
    }

    /** Puts the demo data in; returns one line per change made (none when everything was there already). */
    public List<String> seed() {
        changes.clear();
        String operator = token(OPERATOR);
        for (DemoAuthority authority : AUTHORITIES) {
            createAuthority(operator, authority);
        }
        for (DemoMember member : MEMBERS) {
            ensureMembership(member);
        }
        new DemoPlans(api, keycloak, this::changed).seed();
        changes.addAll(new DemoIndicators(api, token(OPERATOR), out).seed());
        new DemoReuse(api, keycloak, this::changed).seed();
        new DemoQuestionnaires(api, this::token, this::changed).seed();
        new DemoPractices(api, keycloak, this::changed).seed();
        return List.copyOf(changes);
    }

    private void createAuthority(String operator, DemoAuthority authority) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", authority.slug());
        body.put("name", authority.name());
        body.put("kind", authority.kind());
        body.put("siren", authority.siren());
        putIfPresent(body, "inseeCode", authority.inseeCode());
        putIfPresent(body, "population", authority.population());
        putIfPresent(body, "agents", authority.agents());
        body.put("regionCode", authority.regionCode());
        putIfPresent(body, "departmentCode", authority.departmentCode());
        putIfPresent(body, "parent", authority.parent());
        body.put("emailDomains", authority.emailDomains());
        HttpResponse<String> answer = send("POST", "/api/v1/authorities", operator, body);
        switch (answer.statusCode()) {
            case 201 -> changed("authority " + authority.slug() + " created (" + authority.name() + ")");
            case 200 -> { } // an identical retry: it is there already
            case 409 -> {
                // Someone edited the demo authority since (in the portal, say): keep their version.
                if (send("GET", "/api/v1/authorities/" + authority.slug(), operator, null).statusCode() != 200) {
                    throw failure("create authority " + authority.slug(), answer);
                }
            }
            default -> throw failure("create authority " + authority.slug(), answer);
        }
    }

    private void ensureMembership(DemoMember member) {
        JsonNode me = me(member);
        Optional<String> role = roleIn(me, member.authority());
        if (role.isEmpty()) {
            String operator = token(OPERATOR);
            HttpResponse<String> invited = send("POST", "/api/v1/authorities/" + member.authority() + "/members",
                    operator, Map.of("email", member.email(), "role", member.role()));
            if (invited.statusCode() == 201) {
                changed(member.username() + " invited to " + member.authority() + " as " + member.role());
            } else if (invited.statusCode() != 409) {
                throw failure("invite " + member.email() + " to " + member.authority(), invited);
            }
            joinOrganization(member.authority(), me.path("id").asText());
            // A new token: the api takes in the organizations Keycloak lists once per access token.
            me = me(member);
            role = roleIn(me, member.authority());
            if (role.isEmpty()) {
                throw new IllegalStateException("Demo data: " + member.username() + " joined the organization of "
                        + member.authority() + " but /api/v1/me does not list that membership: " + me);
            }
            changed(member.username() + " is now " + role.get() + " of " + member.authority());
        }
        if (!role.get().equals(member.role())) {
            // Recorded with another role (an earlier run stopped half-way, or someone changed it): put it back.
            HttpResponse<String> changedRole = send("PUT", "/api/v1/authorities/" + member.authority() + "/members/"
                    + me.path("id").asText(), token(OPERATOR), Map.of("role", member.role()));
            if (changedRole.statusCode() != 200) {
                throw failure("set the role of " + member.username() + " in " + member.authority(), changedRole);
            }
            Optional<String> now = roleIn(me(member), member.authority());
            if (!now.equals(Optional.of(member.role()))) {
                throw new IllegalStateException("Demo data: " + member.username() + " should be " + member.role()
                        + " of " + member.authority() + " but /api/v1/me says " + now.orElse("nothing"));
            }
            changed(member.username() + " set to " + member.role() + " of " + member.authority()
                    + " (was " + role.get() + ")");
        }
    }

    /** Adds the user to the authority's Keycloak organization, as accepting the invitation mail would. */
    private void joinOrganization(String slug, String userId) {
        DemoAuthority authority = AUTHORITIES.stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow();
        try (Keycloak admin = keycloak.admin()) {
            var organizations = admin.realm(REALM).organizations();
            // Keycloak's search matches names and domains, not aliases: search by name, then by domain.
            List<String> searches = new ArrayList<>();
            searches.add(authority.name());
            searches.addAll(authority.emailDomains());
            OrganizationRepresentation organization = searches.stream()
                    .flatMap(search -> organizations.search(search, true, 0, 50, true).stream())
                    .filter(found -> slug.equals(found.getAlias()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Demo data: Keycloak has no organization with alias "
                            + slug + " (the api creates it with the authority)."));
            try (Response added = organizations.get(organization.getId()).members().addMember(userId)) {
                int status = added.getStatus();
                if (status != 201 && status != 204 && status != 409) {
                    throw new IllegalStateException("Demo data: Keycloak refused to add " + userId + " to " + slug
                            + ": " + status + " " + added.readEntity(String.class));
                }
            }
        }
    }

    private JsonNode me(DemoMember member) {
        HttpResponse<String> answer = send("GET", "/api/v1/me", token(member.username()), null);
        if (answer.statusCode() != 200) {
            throw failure("GET /api/v1/me as " + member.username(), answer);
        }
        return parse(answer.body());
    }

    private static Optional<String> roleIn(JsonNode me, String slug) {
        for (JsonNode membership : me.path("memberships")) {
            if (slug.equals(membership.path("authority").asText())) {
                return Optional.of(membership.path("role").asText());
            }
        }
        return Optional.empty();
    }

    private String token(String username) {
        return keycloak.passwordToken(REALM, CLI_CLIENT, username, DEMO_PASSWORD);
    }

    private HttpResponse<String> send(String method, String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Demo data: the api did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo data: interrupted", e);
        }
    }

    private void changed(String line) {
        changes.add(line);
        out.accept("demo data: " + line);
    }

    private static IllegalStateException failure(String what, HttpResponse<String> answer) {
        return new IllegalStateException("Demo data: could not " + what + ": the api answered "
                + answer.statusCode() + " " + answer.body());
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putIfPresent(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    private static DemoAuthority region(String slug, String name, String siren, int population, int agents,
            String regionCode, String domain) {
        return new DemoAuthority(slug, name, "REGION", siren, null, population, agents, regionCode, null, null,
                List.of(domain));
    }

    private static DemoAuthority department(String slug, String name, String siren, int population, int agents,
            String departmentCode, String domain) {
        return new DemoAuthority(slug, name, "DEPARTEMENT", siren, null, population, agents, "53", departmentCode,
                "region-bretagne", List.of(domain));
    }

    private static DemoAuthority epci(String slug, String name, String siren, int population, int agents,
            String departmentCode, String parent, String domain) {
        return new DemoAuthority(slug, name, "EPCI", siren, null, population, agents, "53", departmentCode, parent,
                List.of(domain));
    }

    private static DemoAuthority commune(String slug, String name, String siren, String inseeCode, int population,
            int agents, String departmentCode, String parent, String domain) {
        return new DemoAuthority(slug, name, "COMMUNE", siren, inseeCode, population, agents, "53", departmentCode,
                parent, List.of(domain));
    }
}
