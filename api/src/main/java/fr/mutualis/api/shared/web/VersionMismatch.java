package fr.mutualis.api.shared.web;

import org.springframework.http.HttpStatus;

/** {@code If-Match} named a version that is no longer the current one: someone changed the resource meanwhile. */
public class VersionMismatch extends DomainException {

    public VersionMismatch() {
        super(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "Precondition failed",
                "Someone changed this resource since you read it: read it again, then apply your change.");
    }
}
