package fr.mutualis.api.practice.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.mutualis.api.practice.PracticeResults;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.Encoder;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.util.MimeType;
import reactor.core.publisher.Flux;

/**
 * Writes a search's answer as JSON once, however many readers it is served to: the api keeps answers a few seconds
 * and serves the same one to every reader of a scope (ADR 19), and writing its ~16 KB of JSON again for each was a
 * sixth of the api's CPU on issue 7's benchmark. The JSON is the application's own encoder's ({@code delegate}),
 * kept with the answer itself (compared by identity, dropped when the answer is): a new answer is written anew.
 */
final class KeptAnswerEncoder implements Encoder<PracticeResults> {

    private final Encoder<Object> delegate;
    private final Cache<PracticeResults, byte[]> written;

    KeptAnswerEncoder(Encoder<Object> delegate, long maximumAnswers) {
        this.delegate = delegate;
        this.written = Caffeine.newBuilder().weakKeys().maximumSize(maximumAnswers).build();
    }

    @Override
    public boolean canEncode(ResolvableType elementType, @Nullable MimeType mimeType) {
        return PracticeResults.class.isAssignableFrom(elementType.toClass())
                && delegate.canEncode(elementType, mimeType);
    }

    @Override
    public Flux<DataBuffer> encode(Publisher<? extends PracticeResults> input, DataBufferFactory factory,
            ResolvableType elementType, @Nullable MimeType mimeType, @Nullable Map<String, Object> hints) {
        return Flux.from(input).map(results -> encodeValue(results, factory, elementType, mimeType, hints));
    }

    @Override
    public DataBuffer encodeValue(PracticeResults results, DataBufferFactory factory, ResolvableType valueType,
            @Nullable MimeType mimeType, @Nullable Map<String, Object> hints) {
        byte[] json = written.get(results, answer -> {
            DataBuffer buffer = delegate.encodeValue(answer, DefaultDataBufferFactory.sharedInstance, valueType,
                    mimeType, hints);
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            DataBufferUtils.release(buffer);
            return bytes;
        });
        return factory.wrap(json);
    }

    @Override
    public List<MimeType> getEncodableMimeTypes() {
        return delegate.getEncodableMimeTypes();
    }

    @Override
    public List<MimeType> getEncodableMimeTypes(ResolvableType elementType) {
        return delegate.getEncodableMimeTypes(elementType);
    }
}
