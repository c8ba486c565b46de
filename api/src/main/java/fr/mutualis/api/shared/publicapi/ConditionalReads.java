package fr.mutualis.api.shared.publicapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Conditional reads of {@code /public/v1}: every successful JSON read gets a strong {@code ETag} (a SHA-256 of its
 * body), {@code Cache-Control: public} and, for a page of a list, the {@code Link} to the next page; a request whose {@code If-None-Match} names it answers 304 without a
 * body. A route that sets its own {@code ETag} or {@code Cache-Control} (e.g. {@code no-store} for a questionnaire
 * behind a secret link) decides for itself. Public reads are small pages (at most 200 items): their bodies are
 * hashed in memory; large downloads (open data) set their own ETag and stream.
 */
public class ConditionalReads implements WebFilter, Ordered {

    /** After Spring Security (-100), so that a validated token is known. */
    static final int ORDER = 20;

    private final PublicApiProperties properties;

    @Override
    public int getOrder() {
        return ORDER;
    }

    ConditionalReads(PublicApiProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        if (!exchange.getRequest().getPath().value().startsWith("/public/")
                || (method != HttpMethod.GET && method != HttpMethod.HEAD)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().response(new Hashing(exchange, properties)).build());
    }

    private static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\":\"([A-Za-z0-9_=-]+)\"");

    private static final class Hashing extends ServerHttpResponseDecorator {

        private final ServerWebExchange exchange;
        private final PublicApiProperties properties;

        Hashing(ServerWebExchange exchange, PublicApiProperties properties) {
            super(exchange.getResponse());
            this.exchange = exchange;
            this.properties = properties;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            ServerHttpResponse response = getDelegate();
            HttpHeaders headers = response.getHeaders();
            boolean json = MediaType.APPLICATION_JSON.isCompatibleWith(headers.getContentType());
            String cacheControl = headers.getCacheControl();
            boolean routeDecides = headers.getETag() != null || cacheControl != null;
            if (!HttpStatus.OK.equals(response.getStatusCode()) || !json || routeDecides) {
                return super.writeWith(body);
            }
            return DataBufferUtils.join(Flux.from(body)).flatMap(joined -> {
                byte[] bytes = new byte[joined.readableByteCount()];
                joined.read(bytes);
                DataBufferUtils.release(joined);
                headers.setCacheControl(CacheControl.maxAge(properties.maxAge()).cachePublic());
                headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
                linkToTheNextPage(bytes, headers);
                if (exchange.checkNotModified(etag(bytes))) {
                    headers.remove(HttpHeaders.CONTENT_LENGTH);
                    return response.setComplete();
                }
                return super.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
            });
        }

        /** A page of a list ({@code "nextCursor": "..."}) links to the next one, whichever route answered it. */
        private void linkToTheNextPage(byte[] body, HttpHeaders headers) {
            if (headers.containsHeader(HttpHeaders.LINK)) {
                return;
            }
            Matcher cursor = NEXT_CURSOR.matcher(new String(body, StandardCharsets.UTF_8));
            if (cursor.find()) {
                headers.addAll(PageLinks.next(exchange.getRequest(), cursor.group(1)));
            }
        }

        private static String etag(byte[] body) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
                return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }
}
