package fr.mutualis.api.practice.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.practice.Author;
import fr.mutualis.api.practice.Facet;
import fr.mutualis.api.practice.Level;
import fr.mutualis.api.practice.PracticeHit;
import fr.mutualis.api.practice.PracticeResults;
import fr.mutualis.api.practice.Theme;
import fr.mutualis.api.practice.Visibility;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.Encoder;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.util.MimeType;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/** A kept answer is written as JSON once, exactly as the JSON encoder writes it; another answer is written anew. */
class KeptAnswerEncoderTests {

    private static final ResolvableType TYPE = ResolvableType.forClass(PracticeResults.class);

    private final JacksonJsonEncoder json = new JacksonJsonEncoder(JsonMapper.builder().findAndAddModules().build());
    private final AtomicInteger written = new AtomicInteger();
    private final KeptAnswerEncoder encoder = new KeptAnswerEncoder(new Counting(), 10);

    @Test
    void theSameAnswerIsWrittenOnceAndReadsAsTheJsonEncoderWritesIt() {
        PracticeResults answer = answer("Mutualiser les imprimantes");
        String expected = text(json.encodeValue(answer, DefaultDataBufferFactory.sharedInstance, TYPE,
                MediaType.APPLICATION_JSON, null));

        assertThat(text(encode(answer))).isEqualTo(expected).contains("Mutualiser les imprimantes");
        assertThat(text(encode(answer))).isEqualTo(expected);
        assertThat(written).hasValue(1);
    }

    @Test
    void anotherAnswerIsWrittenAnewEvenWhenItReadsTheSame() {
        assertThat(text(encode(answer("Réemploi")))).isEqualTo(text(encode(answer("Réemploi"))));
        assertThat(written).hasValue(2);
    }

    @Test
    void onlyAnswersOfTheSearchAreItsToWrite() {
        assertThat(encoder.canEncode(TYPE, MediaType.APPLICATION_JSON)).isTrue();
        assertThat(encoder.canEncode(ResolvableType.forClass(Object.class), MediaType.APPLICATION_JSON)).isFalse();
        assertThat(encoder.canEncode(ResolvableType.forClass(Facet.class), MediaType.APPLICATION_JSON)).isFalse();
        assertThat(encoder.canEncode(TYPE, MediaType.TEXT_HTML)).isFalse();
    }

    private DataBuffer encode(PracticeResults answer) {
        return encoder.encodeValue(answer, DefaultDataBufferFactory.sharedInstance, TYPE, MediaType.APPLICATION_JSON,
                null);
    }

    private static String text(DataBuffer buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static PracticeResults answer(String title) {
        PracticeHit hit = new PracticeHit(UUID.fromString("0190a1b2-0000-7000-8000-000000000001"),
                new Author("ville-de-quimper", "Ville de Quimper", "COMMUNE", "53"), title, "Un résumé.",
                Theme.PROCUREMENT, List.of("impression"), Level.LOW, Level.LOW, Level.HIGH, Visibility.PUBLIC,
                OffsetDateTime.parse("2026-11-02T09:30:00+01:00"), 0.6f, "un <mark>extrait</mark>");
        return new PracticeResults(List.of(hit), null, 1, Map.of("theme", List.of(new Facet("PROCUREMENT", 1))));
    }

    /** The JSON encoder, counting what it writes. */
    private final class Counting implements Encoder<Object> {

        @Override
        public boolean canEncode(ResolvableType elementType, @Nullable MimeType mimeType) {
            return json.canEncode(elementType, mimeType);
        }

        @Override
        public Flux<DataBuffer> encode(Publisher<?> input, DataBufferFactory factory, ResolvableType elementType,
                @Nullable MimeType mimeType, @Nullable Map<String, Object> hints) {
            return json.encode(input, factory, elementType, mimeType, hints);
        }

        @Override
        public DataBuffer encodeValue(Object value, DataBufferFactory factory, ResolvableType valueType,
                @Nullable MimeType mimeType, @Nullable Map<String, Object> hints) {
            written.incrementAndGet();
            return json.encodeValue(value, factory, valueType, mimeType, hints);
        }

        @Override
        public List<MimeType> getEncodableMimeTypes() {
            return json.getEncodableMimeTypes();
        }
    }
}
