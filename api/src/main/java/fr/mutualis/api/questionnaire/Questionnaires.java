package fr.mutualis.api.questionnaire;

import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.Ids;
import fr.mutualis.api.shared.web.InvalidCursor;
import fr.mutualis.api.shared.web.Page;
import fr.mutualis.api.shared.web.VersionMismatch;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The shared question banks: everyone reads them, only the platform operator writes them. */
@Service
public class Questionnaires {

    private final QuestionnaireRows rows;
    private final Tenancy tenancy;

    Questionnaires(QuestionnaireRows rows, Tenancy tenancy) {
        this.rows = rows;
        this.tenancy = tenancy;
    }

    public Mono<Page<Questionnaire>> list(Caller caller, @Nullable String cursor, int limit) {
        UUID after = cursor == null ? null : position(cursor);
        return tenancy.runMany(TenantContext.of(caller), () -> rows.list(after, limit + 1)).collectList()
                .map(found -> Page.of(found, limit, questionnaire -> questionnaire.id().toString()));
    }

    public Mono<Questionnaire> find(Caller caller, UUID id) {
        return tenancy.run(TenantContext.of(caller), () -> rows.find(id))
                .switchIfEmpty(Mono.error(() -> new QuestionnaireNotFound("questionnaire")));
    }

    public Mono<Questionnaire> create(Caller caller, String title, String description) {
        UUID id = Ids.next();
        return tenancy.run(operator(caller), () -> rows.insert(id, title, description).then(rows.find(id)));
    }

    public Mono<Questionnaire> update(Caller caller, UUID id, @Nullable String title, @Nullable String description,
            @Nullable Long expected) {
        return tenancy.run(operator(caller), () -> found(id)
                .then(rows.update(id, title, description, expected))
                .flatMap(updated -> updated == 0 ? Mono.error(new VersionMismatch()) : rows.find(id)));
    }

    public Mono<Question> addQuestion(Caller caller, UUID questionnaireId, QuestionDraft draft) {
        UUID id = Ids.next();
        return tenancy.run(operator(caller), () -> found(questionnaireId)
                .then(rows.insertQuestion(questionnaireId, id, draft.check()))
                .then(question(questionnaireId, id)));
    }

    public Mono<Question> updateQuestion(Caller caller, UUID questionnaireId, UUID id, QuestionDraft draft,
            @Nullable Long expected) {
        return tenancy.run(operator(caller), () -> rows.questionExists(questionnaireId, id)
                .flatMap(exists -> exists ? rows.updateQuestion(questionnaireId, id, draft.check(), expected)
                        : Mono.error(new QuestionnaireNotFound("question")))
                .flatMap(updated -> updated == 0 ? Mono.error(new VersionMismatch()) : question(questionnaireId, id)));
    }

    private Mono<Question> question(UUID questionnaireId, UUID id) {
        return rows.questions(questionnaireId).filter(question -> question.id().equals(id)).next();
    }

    private Mono<Questionnaire> found(UUID id) {
        return rows.find(id).switchIfEmpty(Mono.error(() -> new QuestionnaireNotFound("questionnaire")));
    }

    private static TenantContext operator(Caller caller) {
        if (!caller.operator()) {
            throw new AccessDeniedException("operator only");
        }
        return TenantContext.of(caller);
    }

    private static UUID position(String cursor) {
        try {
            return UUID.fromString(Page.decode(cursor));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursor();
        }
    }
}
