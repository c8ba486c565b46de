package fr.mutualis.api.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The open-data export end to end: nothing before the first export (503, Retry-After), one export per day even when
 * asked twice, a ZIP with CSV and JSON per dataset, a data package describing every column, the licence, conditional
 * download, and nothing private inside.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mutualis.open-data.schedule=false")
@AutoConfigureWebTestClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenDataIntegrationTests {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    @Autowired
    private OpenDataExports exports;

    private static String authority;

    @Test
    @Order(1)
    void beforeTheFirstExportTheClientIsToldToComeBack() {
        client.get().uri("/public/v1/open-data").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "60")
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:open-data-not-ready");
    }

    @Test
    @Order(2)
    void oneExportPerDayHoweverManyInstancesTry() {
        authority = new TestAuthorities(client).create("opendata");
        LocalDate day = LocalDate.of(2026, 11, 28);

        assertThat(exports.generate(day).block()).isTrue();
        assertThat(exports.generate(day).block()).isFalse();
        assertThat(exports.latest().block().day()).isEqualTo(day);
    }

    @Test
    @Order(3)
    void theZipHoldsEveryDatasetInCsvAndJsonWithItsDescriptionAndTheLicence() throws IOException {
        WebTestClient.ResponseSpec response = client.get().uri("/public/v1/open-data").exchange();
        byte[] zip = response.expectStatus().isOk()
                .expectHeader().contentType("application/zip")
                .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"mutualis-donnees-ouvertes-2026-11-28.zip\"")
                .expectBody(byte[].class).returnResult().getResponseBody();

        Map<String, String> entries = unzip(zip);
        assertThat(entries).containsKeys("collectivites.csv", "collectivites.json", "datapackage.json",
                "LISEZMOI.txt");
        assertThat(entries.get("collectivites.csv")).startsWith(
                "slug,nom,type,siren,code_insee,population,code_region,code_departement,parent\r\n");
        assertThat(entries.get("collectivites.csv")).contains(authority + ",Collectivité " + authority + ",COMMUNE");
        assertThat(entries.get("collectivites.json")).contains("\"slug\":\"" + authority + "\"");
        assertThat(entries.get("datapackage.json")).contains("\"etalab-2.0\"", "Licence Ouverte",
                "\"name\":\"code_departement\"", "\"description\":\"Code INSEE du département\"");
        assertThat(entries.get("LISEZMOI.txt")).contains("Licence Ouverte / Open Licence version 2.0");
        assertThat(String.join("\n", entries.values())).as("no private member of an authority")
                .doesNotContain(authority + ".test");
    }

    @Test
    @Order(4)
    void aClientThatHasTheCurrentExportDownloadsNothing() {
        String etag = client.get().uri("/public/v1/open-data").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseHeaders().getETag();
        client.get().uri("/public/v1/open-data").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified().expectBody().isEmpty();
    }

    @Test
    @Order(5)
    void aNewDayReplacesTheExport() {
        assertThat(exports.generate(LocalDate.of(2026, 11, 29)).block()).isTrue();
        client.get().uri("/public/v1/open-data").exchange().expectStatus().isOk()
                .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, ".*2026-11-29\\.zip\"");
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
