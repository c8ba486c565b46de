package fr.mutualis.api.shared.web;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.stack.TestStack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The api's HTTP server keeps reading a kept-alive connection, whatever the order in which its answers complete:
 * requests sent one after the other on one connection as soon as the previous answer arrived (what browsers, the
 * portal's client and load generators do), and requests sent before the previous answer (pipelined), all get their
 * answer. Found by issue 7's benchmark: with reactor-netty 1.3.6 every connection of wrk ended up waiting for ever, the
 * server no longer reading a request it had received (reactor/reactor-netty#4361, a request answered at once right
 * after one that waited; fixed in 1.3.8).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeepAliveIntegrationTests {

    private static final int TIMEOUT_MILLIS = 5_000;

    @LocalServerPort
    private int port;

    private final String token = TestStack.accessToken("editor.bretagne");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
    }

    @Test
    void pipelinedRequestsAreAllAnswered() throws IOException {
        int rounds = 20;
        try (Socket socket = open()) {
            socket.getOutputStream().write((waiting() + atOnce() + atOnce()).repeat(rounds).getBytes(ISO_8859_1));
            int answered = 0;
            while (answered < 3 * rounds && readAnswer(socket.getInputStream()) != null) {
                answered++;
            }
            assertThat(answered).as("answers on one connection within %d ms each", TIMEOUT_MILLIS)
                    .isEqualTo(3 * rounds);
        }
    }

    @Test
    void requestsSentAsSoonAsTheLastAnswerArrivedAreAllAnswered() throws IOException {
        try (Socket socket = open()) {
            for (int i = 0; i < 600; i++) {
                socket.getOutputStream().write((i % 3 == 0 ? waiting() : atOnce()).getBytes(ISO_8859_1));
                assertThat(readAnswer(socket.getInputStream())).as("answer %d", i).isNotNull()
                        .startsWith(i % 3 == 0 ? "HTTP/1.1 200" : "HTTP/1.1 404");
            }
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        return socket;
    }

    /** A request whose answer waits for PostgreSQL. */
    private String waiting() {
        return request("/api/v1/me");
    }

    /** A request answered without waiting for anything once the token is known: no such route. */
    private String atOnce() {
        return request("/api/v1/no-such-route");
    }

    private String request(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n";
    }

    /** One whole HTTP/1.1 answer (status line and headers; the body read and left out), or null after the timeout. */
    private static String readAnswer(InputStream in) throws IOException {
        try {
            String head = readUntil(in, "\r\n\r\n");
            String lower = head.toLowerCase(Locale.ROOT);
            if (lower.contains("transfer-encoding: chunked")) {
                for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                    in.readNBytes(size + 2);
                }
                readUntil(in, "\r\n");
            } else {
                int at = lower.indexOf("content-length:");
                int length = at < 0 ? 0
                        : Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).trim());
                in.readNBytes(length);
            }
            return head;
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    private static int chunkSize(InputStream in) throws IOException {
        String line = readUntil(in, "\r\n").trim();
        return Integer.parseInt(line.split(";", 2)[0], 16);
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        while (!read.toString(ISO_8859_1).endsWith(end)) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("connection closed after: " + read.toString(ISO_8859_1));
            }
            read.write(next);
        }
        return read.toString(ISO_8859_1);
    }
}
