package fr.mutualis.api.practice.web;

import fr.mutualis.api.plan.Adopter;
import fr.mutualis.api.practice.Author;
import fr.mutualis.api.practice.Level;
import fr.mutualis.api.practice.Practice;
import fr.mutualis.api.practice.PracticeContent;
import fr.mutualis.api.practice.PracticeStatus;
import fr.mutualis.api.practice.Theme;
import fr.mutualis.api.practice.Visibility;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A practice: {@code body} is the Markdown as written, {@code bodyHtml} the same rendered and sanitised (safe to show);
 * {@code endorsedBy} lists the endorsing authorities and {@code adoptedBy} the authorities that adopted it in one of
 * their plans, where the caller reads the practice as the network does.
 */
record PracticeResponse(UUID id, Author authority, String title, String summary, String body, String bodyHtml,
        Theme theme, List<String> tags, Level effort, Level cost, Level impact, List<String> indicators,
        Visibility visibility, PracticeStatus status, @Nullable String authorName, @Nullable OffsetDateTime publishedAt,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, long version, long endorsements,
        List<Author> endorsedBy, List<Adopter> adoptedBy) {

    static PracticeResponse of(Practice practice, String bodyHtml, List<Author> endorsedBy) {
        return of(practice, bodyHtml, endorsedBy, List.of());
    }

    static PracticeResponse of(Practice practice, String bodyHtml, List<Author> endorsedBy, List<Adopter> adoptedBy) {
        PracticeContent content = practice.content();
        return new PracticeResponse(practice.id(), practice.authority(), content.title(), content.summary(),
                content.body(), bodyHtml, content.theme(), content.tags(), content.effort(), content.cost(),
                content.impact(), content.indicators(), content.visibility(), content.status(),
                practice.authorName(), practice.publishedAt(), practice.createdAt(), practice.updatedAt(),
                practice.version(), practice.endorsements(), endorsedBy, adoptedBy);
    }

    /** For anyone, without signing in: no agent's name. */
    PracticeResponse anonymous() {
        return new PracticeResponse(id, authority, title, summary, body, bodyHtml, theme, tags, effort, cost, impact,
                indicators, visibility, status, null, publishedAt, createdAt, updatedAt, version, endorsements,
                endorsedBy, adoptedBy);
    }
}
