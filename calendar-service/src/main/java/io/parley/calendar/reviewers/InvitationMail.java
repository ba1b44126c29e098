package io.parley.calendar.reviewers;

import io.parley.platform.mail.EncodedWords;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The e-mail that brings an external reviewer their link: who asks, which story, until when the link works, and that
 * no account is needed. Sent once, when the reviewer is invited; the token is never stored, so it cannot be sent
 * again — the editor revokes and invites anew. A mail server that does not answer does not undo the invitation: the
 * answer says it was not e-mailed and why, and the editor hands the link over another way.
 */
@ApplicationScoped
public class InvitationMail {

    private static final Logger LOG = Logger.getLogger(InvitationMail.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Inject
    Mailer mailer;

    /** What became of the e-mail: sent, or not and why. */
    public record Outcome(boolean sent, String problem) {
    }

    /** The message, as pure data (tested on its own). */
    public record Message(String to, String subject, String text, String html) {
    }

    public Outcome send(Message message) {
        try {
            mailer.send(Mail.withText(message.to(), EncodedWords.of(message.subject()), message.text())
                    .setHtml(message.html()));
            return new Outcome(true, null);
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warnf("the invitation to %s could not be e-mailed: %s", message.to(), why);
            return new Outcome(false, "the mail server did not take it: " + why);
        }
    }

    /** Writes the invitation: plain text and HTML saying the same. */
    public static Message compose(String to, String name, String storyTitle, String brand, String invitedBy,
            String link, Instant expiresAt) {
        String subject = "Please review “" + storyTitle + "” (" + brand + ")";
        String until = WHEN.format(expiresAt);
        String text = """
                Hello %s,

                %s asks you to review “%s”, a post %s plans to publish, before it goes out.

                Open it here — no account is needed:
                %s

                You will see each version as it will look on its network, and you can approve it, ask for changes \
                or comment. The link works until %s and shows this post only. Do not forward it: whoever holds it \
                can act as you.

                If you did not expect this, you can ignore it.
                """.formatted(name, invitedBy, storyTitle, brand, link, until);
        String html = """
                <p>Hello %s,</p>
                <p>%s asks you to review <strong>“%s”</strong>, a post %s plans to publish, before it goes out.</p>
                <p><a href="%s">Open the post to review it</a> — no account is needed.</p>
                <p>You will see each version as it will look on its network, and you can approve it, ask for changes \
                or comment. The link works until %s and shows this post only. Do not forward it: whoever holds it \
                can act as you.</p>
                <p>If you did not expect this, you can ignore it.</p>
                """.formatted(escape(name), escape(invitedBy), escape(storyTitle), escape(brand), escape(link),
                escape(until));
        return new Message(to, subject, text, html);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
