package fr.mutualis.api.shared.web;

import org.springframework.http.HttpStatus;

/** The base of the named domain exceptions: a status, a stable problem type and a title; the message is the detail. */
public abstract class DomainException extends RuntimeException implements DomainProblem {

    private final HttpStatus status;
    private final String type;
    private final String title;

    protected DomainException(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String title() {
        return title;
    }
}
