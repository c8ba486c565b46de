package fr.mutualis.api.questionnaire;

import static fr.mutualis.api.shared.web.SqlParameters.bigint;
import static fr.mutualis.api.shared.web.SqlParameters.text;

import fr.mutualis.api.shared.web.Ids;
import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The SQL of the shared question banks. Callers run it inside a {@code Tenancy} transaction. */
@Repository
class QuestionnaireRows {

    private static final String QUESTIONS = """
            SELECT id, questionnaire_id, position, kind, text, explanation, theme, source, version
            FROM question WHERE questionnaire_id = $1 ORDER BY position""";

    private static final String CHOICES = """
            SELECT c.question_id, c.id, c.position, c.label, c.correct
            FROM question_choice c JOIN question q ON q.id = c.question_id
            WHERE q.questionnaire_id = $1 ORDER BY c.question_id, c.position""";

    private static final String UPDATE_QUESTION = """
            UPDATE question SET kind = $2, text = $3, explanation = $4, theme = $5, source = $6, version = version + 1
            WHERE id = $1 AND questionnaire_id = $7 AND ($8::bigint IS NULL OR version = $8)""";

    private final DatabaseClient database;

    QuestionnaireRows(DatabaseClient database) {
        this.database = database;
    }

    Flux<Questionnaire> list(@Nullable UUID after, int limit) {
        return database.sql("SELECT id, title, description, version FROM questionnaire "
                        + "WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2")
                .bind("$1", text(after == null ? null : after.toString())).bind("$2", limit)
                .map(QuestionnaireRows::questionnaire).all();
    }

    Mono<Questionnaire> find(UUID id) {
        return database.sql("SELECT id, title, description, version FROM questionnaire WHERE id = $1").bind("$1", id)
                .map(QuestionnaireRows::questionnaire).one()
                .flatMap(found -> questions(id).collectList().map(found::withQuestions));
    }

    Flux<Question> questions(UUID questionnaireId) {
        return database.sql(CHOICES).bind("$1", questionnaireId)
                .map(row -> Map.entry(row.get("question_id", UUID.class), choice(row))).all()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())))
                .flatMapMany(choices -> database.sql(QUESTIONS).bind("$1", questionnaireId)
                        .map(QuestionnaireRows::question).all()
                        .map(question -> question.withChoices(choices.getOrDefault(question.id(), List.of()))));
    }

    Mono<Long> insert(UUID id, String title, String description) {
        return database.sql("INSERT INTO questionnaire (id, title, description) VALUES ($1, $2, $3)")
                .bind("$1", id).bind("$2", title).bind("$3", description).fetch().rowsUpdated();
    }

    Mono<Long> update(UUID id, @Nullable String title, @Nullable String description, @Nullable Long expected) {
        return database.sql("""
                        UPDATE questionnaire SET title = coalesce($2, title), description = coalesce($3, description),
                               version = version + 1, updated_at = now()
                        WHERE id = $1 AND ($4::bigint IS NULL OR version = $4)""")
                .bind("$1", id).bind("$2", text(title)).bind("$3", text(description)).bind("$4", bigint(expected))
                .fetch().rowsUpdated();
    }

    Mono<Long> insertQuestion(UUID questionnaireId, UUID id, QuestionDraft draft) {
        return database.sql("""
                        INSERT INTO question (questionnaire_id, id, position, kind, text, explanation, theme, source)
                        SELECT $1, $2, coalesce(max(position), 0) + 1, $3, $4, $5, $6, $7
                        FROM question WHERE questionnaire_id = $1""")
                .bind("$1", questionnaireId).bind("$2", id).bind("$3", draft.kind().name()).bind("$4", draft.text())
                .bind("$5", draft.explanation()).bind("$6", draft.theme()).bind("$7", draft.source())
                .fetch().rowsUpdated()
                .flatMap(ignored -> insertChoices(id, draft));
    }

    /** Replaces the question's text and choices if the version still matches; the number of questions changed. */
    Mono<Long> updateQuestion(UUID questionnaireId, UUID id, QuestionDraft draft, @Nullable Long expected) {
        return database.sql(UPDATE_QUESTION)
                .bind("$1", id).bind("$2", draft.kind().name()).bind("$3", draft.text())
                .bind("$4", draft.explanation()).bind("$5", draft.theme()).bind("$6", draft.source())
                .bind("$7", questionnaireId).bind("$8", bigint(expected))
                .fetch().rowsUpdated()
                .flatMap(updated -> updated == 0 ? Mono.just(0L)
                        : database.sql("DELETE FROM question_choice WHERE question_id = $1").bind("$1", id)
                                .fetch().rowsUpdated().then(insertChoices(id, draft)).thenReturn(updated));
    }

    Mono<Boolean> questionExists(UUID questionnaireId, UUID id) {
        return database.sql("SELECT 1 FROM question WHERE id = $1 AND questionnaire_id = $2")
                .bind("$1", id).bind("$2", questionnaireId).map(row -> true).first().defaultIfEmpty(false);
    }

    private Mono<Long> insertChoices(UUID questionId, QuestionDraft draft) {
        return Flux.range(0, draft.choices().size())
                .concatMap(index -> database.sql("""
                                INSERT INTO question_choice (question_id, id, position, label, correct)
                                VALUES ($1, $2, $3, $4, $5)""")
                        .bind("$1", questionId).bind("$2", Ids.next()).bind("$3", index + 1)
                        .bind("$4", draft.choices().get(index).label())
                        .bind("$5", draft.choices().get(index).correct())
                        .fetch().rowsUpdated())
                .reduce(0L, Long::sum);
    }

    private static Questionnaire questionnaire(Readable row) {
        return new Questionnaire(row.get("id", UUID.class), row.get("title", String.class),
                row.get("description", String.class), row.get("version", Long.class), List.of());
    }

    private static Question question(Readable row) {
        return new Question(row.get("id", UUID.class), row.get("questionnaire_id", UUID.class),
                row.get("position", Integer.class), QuestionKind.valueOf(row.get("kind", String.class)),
                row.get("text", String.class), row.get("explanation", String.class), row.get("theme", String.class),
                row.get("source", String.class), row.get("version", Long.class), List.of());
    }

    private static Choice choice(Readable row) {
        return new Choice(row.get("id", UUID.class), row.get("position", Integer.class),
                row.get("label", String.class), Boolean.TRUE.equals(row.get("correct", Boolean.class)));
    }
}
