package fr.mutualis.api.shared.publicapi;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The {@code Link} header of a page of a public list (RFC 8288): {@code rel="next"} repeats the request with the next
 * cursor, so that a client can follow pages without reading the body.
 */
public final class PageLinks {

    private PageLinks() {
    }

    public static HttpHeaders next(ServerHttpRequest request, @Nullable String nextCursor) {
        HttpHeaders headers = new HttpHeaders();
        if (nextCursor != null) {
            String next = UriComponentsBuilder.fromPath(request.getPath().value())
                    .query(request.getURI().getRawQuery()).replaceQueryParam("cursor", nextCursor)
                    .build().toUriString();
            headers.add(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return headers;
    }
}
