package fr.mutualis.stack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SMTP server in this JVM that keeps every mail it receives, so that Keycloak can send invitation mails locally
 * and in tests without any real mail server: GreenMail, listening on 127.0.0.1 only, without authentication.
 */
public final class MailSink implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    public static final String DEFAULT_FROM = "no-reply@mutualis.localhost";

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

    private final GreenMail greenMail;
    private ScheduledExecutorService watcher;

    private MailSink(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts the sink on the given port of 127.0.0.1, or on a free port when {@code port} is 0. */
    public static MailSink start(int port) {
        ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        if (port == 0) {
            setup = setup.dynamicPort();
        }
        GreenMail greenMail = new GreenMail(setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("The mail sink could not listen on " + HOST + ":" + port
                    + " (is the port taken? choose another with MUTUALIS_MAIL_PORT): " + e.getMessage(), e);
        }
        return new MailSink(greenMail);
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /**
     * The {@code smtpServer} settings of a Keycloak realm that sends its mails here (no TLS, no authentication: only
     * for a sink on the loopback interface).
     */
    public Map<String, String> keycloakSmtpSettings(String from, String fromDisplayName) {
        return Map.of("host", HOST, "port", Integer.toString(port()), "from", from,
                "fromDisplayName", fromDisplayName, "auth", "false", "ssl", "false", "starttls", "false");
    }

    /** Every mail received so far, oldest first. */
    public List<Mail> messages() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(Mail::of).toList();
    }

    /** The mails received so far for this address (case-insensitive), oldest first. */
    public List<Mail> messagesTo(String address) {
        return messages().stream().filter(mail -> mail.isTo(address)).toList();
    }

    /** Waits for a mail to this address, failing after the timeout. */
    public Mail awaitMessageTo(String address, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<Mail> received = messagesTo(address);
            if (!received.isEmpty()) {
                return received.getLast();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("No mail to " + address + " within " + timeout.toSeconds()
                        + " s; received: " + messages().stream().map(Mail::summary).toList());
            }
            sleep(100);
        }
    }

    /** Calls the listener (on a background thread) for each mail received from now on. */
    public synchronized void onEachMessage(Consumer<Mail> listener) {
        if (watcher != null) {
            throw new IllegalStateException("The mail sink already has a listener");
        }
        int[] seen = {greenMail.getReceivedMessages().length};
        watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mail-sink-watcher");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(() -> {
            MimeMessage[] received = greenMail.getReceivedMessages();
            for (int i = seen[0]; i < received.length; i++) {
                try {
                    listener.accept(Mail.of(received[i]));
                } catch (RuntimeException e) {
                    System.err.println("Could not show a received mail: " + e.getMessage());
                }
            }
            seen[0] = received.length;
        }, 500, 500, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
        greenMail.stop();
    }

    @Override
    public String toString() {
        return "smtp://" + HOST + ":" + port();
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a mail", e);
        }
    }

    /** A received mail, decoded: addresses, subject, text and HTML bodies, and the links found in them. */
    public record Mail(String from, List<String> to, String subject, String text, String html, List<String> links) {

        static Mail of(MimeMessage message) {
            try {
                StringBuilder text = new StringBuilder();
                StringBuilder html = new StringBuilder();
                collect(message, text, html);
                return new Mail(first(message.getFrom()), addresses(message.getRecipients(Message.RecipientType.TO)),
                        Optional.ofNullable(message.getSubject()).orElse(""), text.toString(), html.toString(),
                        links(text.toString(), html.toString()));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("Unreadable mail: " + e.getMessage(), e);
            }
        }

        public boolean isTo(String address) {
            return to.stream().anyMatch(recipient -> recipient.equalsIgnoreCase(address));
        }

        /** The first link that contains the fragment (for example {@code "action-token"}). */
        public String linkContaining(String fragment) {
            return links.stream().filter(link -> link.contains(fragment)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No link containing '" + fragment + "' in mail "
                            + summary() + "; links: " + links));
        }

        String summary() {
            return "'" + subject + "' to " + to;
        }

        /** Links of the text and HTML bodies, in order of appearance, without duplicates. */
        static List<String> links(String text, String html) {
            LinkedHashSet<String> found = new LinkedHashSet<>();
            Matcher inText = URL.matcher(text);
            while (inText.find()) {
                // Keycloak's text templates escape like HTML too (&amp;, &#61;)
                found.add(unescapeHtml(inText.group()));
            }
            Matcher inHtml = HREF.matcher(html);
            while (inHtml.find()) {
                String link = unescapeHtml(inHtml.group(1));
                if (link.toLowerCase(Locale.ROOT).startsWith("http")) {
                    found.add(link);
                }
            }
            return List.copyOf(found);
        }

        private static String unescapeHtml(String value) {
            return value.replace("&amp;", "&").replace("&#61;", "=").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&lt;", "<").replace("&gt;", ">");
        }

        private static void collect(Part part, StringBuilder text, StringBuilder html)
                throws MessagingException, IOException {
            if (part.isMimeType("text/plain")) {
                text.append(part.getContent()).append('\n');
            } else if (part.isMimeType("text/html")) {
                html.append(part.getContent()).append('\n');
            } else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, text, html);
                }
            }
        }

        private static String first(Address[] addresses) {
            List<String> all = addresses(addresses);
            return all.isEmpty() ? "" : all.getFirst();
        }

        private static List<String> addresses(Address[] addresses) {
            List<String> result = new ArrayList<>();
            if (addresses != null) {
                for (Address address : addresses) {
                    result.add(address instanceof jakarta.mail.internet.InternetAddress internet
                            ? internet.getAddress() : address.toString());
                }
            }
            return result;
        }
    }
}
