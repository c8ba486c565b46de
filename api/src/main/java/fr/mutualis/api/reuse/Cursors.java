package fr.mutualis.api.reuse;

import fr.mutualis.api.shared.web.InvalidCursor;
import fr.mutualis.api.shared.web.Page;
import java.util.UUID;

/** Cursors of this module's lists: the id of the last item shown (ids are time-ordered UUID v7). */
final class Cursors {

    private Cursors() {
    }

    static UUID uuid(String cursor) {
        try {
            return UUID.fromString(Page.decode(cursor));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursor();
        }
    }
}
