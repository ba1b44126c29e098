package io.parley.testsupport.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.devstack.infra.Endpoints;
import io.parley.devstack.infra.TestInfrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what reached the local mail server (the infrastructure's GreenMail): a mailbox's messages with their subject
 * and their plain-text and HTML bodies decoded, so that a test sees what the recipient would read.
 */
public final class Mailboxes {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One message as its recipient reads it. */
    public record Message(String subject, String from, String text, String html, String raw) {
    }

    private Mailboxes() {
    }

    /** The messages in {@code address}'s inbox, oldest first. */
    public static List<Message> of(String address) {
        Endpoints e = TestInfrastructure.endpoints();
        if (e.mail() == null) {
            throw new IllegalStateException("the test infrastructure runs no mail server (started by an older build:"
                    + " ./parley infra stop, then start again)");
        }
        URI uri = URI.create(e.mail() + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                + "/messages/INBOX");
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 404 || response.statusCode() == 400) {
                return List.of();
            }
            List<Message> messages = new ArrayList<>();
            for (JsonNode m : JSON.readTree(response.body())) {
                String raw = m.path("mimeMessage").asText();
                messages.add(new Message(m.path("subject").asText(), header(raw, "From").orElse(""),
                        part(raw, "text/plain"), part(raw, "text/html"), raw));
            }
            return messages;
        } catch (IOException ex) {
            throw new IllegalStateException("the mail server at " + e.mail() + " did not answer", ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Waits for a message in {@code address}'s inbox that {@code wanted} accepts. */
    public static Message await(String address, Predicate<Message> wanted, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (true) {
            Optional<Message> found = of(address).stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no such message for " + address + " within " + timeout + "; the inbox holds "
                        + of(address).stream().map(Message::subject).toList());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new AssertionError(ex);
            }
        }
    }

    /**
     * The decoded bytes of the first part of {@code type} (an attachment such as {@code application/pdf}), or null
     * when the message has none.
     */
    public static byte[] attachment(Message message, String type) {
        return bytes(message.raw(), type);
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";\\r\\n]+)\"?", Pattern.CASE_INSENSITIVE);

    /** The decoded body of the first part of {@code type} (the message itself when it is not multipart). */
    static String part(String raw, String type) {
        String[] found = find(raw, type);
        if (found == null) {
            return null;
        }
        Matcher cs = Pattern.compile("charset=\"?([^\";]+)\"?").matcher(found[0]);
        Charset charset = cs.find() ? Charset.forName(cs.group(1)) : StandardCharsets.US_ASCII;
        return new String(decode(found[1], found[2]), charset);
    }

    private static byte[] bytes(String raw, String type) {
        String[] found = find(raw, type);
        return found == null ? null : decode(found[1], found[2]);
    }

    /** The first part of {@code type}: its content type (lower case), transfer encoding and raw body; or null. */
    private static String[] find(String raw, String type) {
        int split = raw.indexOf("\r\n\r\n");
        if (split < 0) {
            return null;
        }
        String headers = raw.substring(0, split);
        String body = raw.substring(split + 4);
        String contentType = header(headers, "Content-Type").orElse("text/plain").toLowerCase(Locale.ROOT);
        if (contentType.startsWith("multipart/")) {
            Matcher b = BOUNDARY.matcher(header(headers, "Content-Type").orElse(""));
            if (!b.find()) {
                return null;
            }
            for (String piece : body.split("\r\n--" + Pattern.quote(b.group(1)))) {
                String p = piece.startsWith("--" + b.group(1)) ? piece.substring(b.group(1).length() + 2) : piece;
                p = p.replaceFirst("^\r\n", "");
                String[] found = find(p, type);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!contentType.startsWith(type)) {
            return null;
        }
        String encoding = header(headers, "Content-Transfer-Encoding").orElse("7bit").trim().toLowerCase(Locale.ROOT);
        return new String[] {contentType, encoding, body};
    }

    private static byte[] decode(String encoding, String body) {
        return switch (encoding) {
            case "base64" -> Base64.getMimeDecoder().decode(body.trim());
            case "quoted-printable" -> quotedPrintable(body);
            default -> body.getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    static Optional<String> header(String headers, String name) {
        Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":[ \\t]*(.*(?:\\r\\n[ \\t].*)*)").matcher(headers);
        return m.find() ? Optional.of(m.group(1).replaceAll("\\r\\n[ \\t]+", " ").trim()) : Optional.empty();
    }

    private static byte[] quotedPrintable(String body) {
        String joined = body.replace("=\r\n", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write((byte) c);
            }
        }
        return out.toByteArray();
    }
}
