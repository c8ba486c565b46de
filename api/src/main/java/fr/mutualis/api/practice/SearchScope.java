package fr.mutualis.api.practice;

import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

/**
 * What a reader of the library may find, as row-level security decides it (V6, V10) and the search asks it: published
 * practices, and for a visitor (no signed-in person) or the public api only the PUBLIC ones. A search runs without
 * tenant (no authority's drafts), and neither the person nor the operator role changes what it reads: the scope is
 * the only thing about the caller that changes an answer, so answers are shared per scope ({@link SearchAnswers}).
 */
enum SearchScope {

    /** Visitors and the public api: published PUBLIC practices. */
    PUBLIC(Practices.anonymous()),

    /** Signed-in people of any authority: every published practice. */
    NETWORK(new TenantContext(null, "library-search", false));

    private final TenantContext context;

    SearchScope(TenantContext context) {
        this.context = context;
    }

    static SearchScope of(@Nullable Caller caller, boolean publicOnly) {
        boolean visitor = caller == null || caller.userId() == null || caller.userId().isBlank();
        return publicOnly || visitor ? PUBLIC : NETWORK;
    }

    /**
     * What PostgreSQL is told when a search of this scope runs: a reader of the scope, the same whoever asked first,
     * so that a shared answer never holds more than every reader of the scope may see.
     */
    TenantContext context() {
        return context;
    }

    /** The query as this scope asks it (PUBLIC practices only for {@link #PUBLIC}, whatever the caller asked). */
    PracticeQuery ask(PracticeQuery query) {
        return new PracticeQuery(query.words(), query.theme(), query.tag(), query.authorityKind(), query.region(),
                query.publishedSince(), this == PUBLIC);
    }
}
