package fr.mutualis.api.practice;

import fr.mutualis.api.shared.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * What a reader of the library may find, as row-level security decides it (V6, V10) and the search asks it: published
 * practices, and for a visitor (no signed-in person) or the public api only the PUBLIC ones. A search runs without
 * tenant (no authority's drafts), and neither the person nor the operator role changes what it reads: the scope is
 * the only thing about the caller that changes an answer, so answers are shared per scope ({@link SearchAnswers}).
 */
enum SearchScope {

    /** Visitors and the public api: published PUBLIC practices. */
    PUBLIC(""),

    /** Signed-in people of any authority: every published practice. */
    NETWORK("library-search");

    private final String reader;

    SearchScope(String reader) {
        this.reader = reader;
    }

    static SearchScope of(@Nullable Caller caller, boolean publicOnly) {
        boolean visitor = caller == null || caller.userId() == null || caller.userId().isBlank();
        return publicOnly || visitor ? PUBLIC : NETWORK;
    }

    /**
     * Who PostgreSQL is told reads when a search of this scope runs (V17, without tenant or operator role): a reader of
     * the scope, the same whoever asked first, so that a shared answer never holds more than every reader of the scope
     * may see. Blank: a visitor.
     */
    String reader() {
        return reader;
    }

    /** The query as this scope asks it (PUBLIC practices only for {@link #PUBLIC}, whatever the caller asked). */
    PracticeQuery ask(PracticeQuery query) {
        return new PracticeQuery(query.words(), query.theme(), query.tag(), query.authorityKind(), query.region(),
                query.publishedSince(), this == PUBLIC);
    }
}
