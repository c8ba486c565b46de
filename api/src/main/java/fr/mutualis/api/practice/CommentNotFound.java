package fr.mutualis.api.practice;

import fr.mutualis.api.shared.web.DomainException;
import org.springframework.http.HttpStatus;

/** No such comment on this practice. */
public class CommentNotFound extends DomainException {

    public CommentNotFound() {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such comment on this practice.");
    }
}
