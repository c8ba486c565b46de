package fr.mutualis.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

/** The test Keycloak sends its mails to the in-process SMTP sink, where tests read them and follow their links. */
class MailSinkIntegrationTests {

    @Test
    void aMailSentByKeycloakLandsInTheSinkWithItsLinks() {
        String email = "viewer.quimper@quimper.bzh";
        try (Keycloak admin = TestStack.keycloak().admin()) {
            var users = admin.realm(TestStack.REALM).users();
            UserRepresentation user = users.searchByEmail(email, true).getFirst();
            users.get(user.getId()).executeActionsEmail(List.of("UPDATE_PASSWORD"));
        }

        MailSink.Mail mail = TestStack.mail().awaitMessageTo(email, Duration.ofSeconds(20));

        assertThat(mail.from()).isEqualTo(MailSink.DEFAULT_FROM);
        assertThat(mail.subject()).isNotBlank();
        assertThat(mail.linkContaining("action-token"))
                .startsWith(TestStack.keycloak().issuer(TestStack.REALM) + "/login-actions/action-token?key=")
                .doesNotContain("&amp;");
    }

    @Test
    void linksAreFoundInTextAndHtmlBodiesOnceEach() {
        List<String> links = MailSink.Mail.links("Open http://localhost:1/a?x&#61;1&amp;y&#61;2 now.",
                "<a href=\"http://localhost:1/a?x=1&amp;y=2\">open</a> <a href=\"mailto:x@y\">m</a>"
                        + " <a href=\"https://example.org/b\">b</a>");
        assertThat(links).containsExactly("http://localhost:1/a?x=1&y=2", "https://example.org/b");
    }
}
