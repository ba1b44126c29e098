package io.parley.analytics.reports;

import io.parley.platform.mail.EncodedWords;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * The e-mail that brings a scheduled report: a few lines in the schedule's language, the PDF attached, and the signed
 * link that downloads the same PDF until it expires. A mail server that does not take it is recorded on the delivery
 * (status failed, why), never retried behind the manager's back: the schedule's last delivery shows it.
 */
@ApplicationScoped
public class ReportMail {

    private static final Logger LOG = Logger.getLogger(ReportMail.class);

    @Inject
    Mailer mailer;

    /** The message, as pure data (composed without a mail server). */
    record Message(List<String> to, String subject, String text, String html, String attachmentName, byte[] pdf) {
    }

    /** What became of the e-mail: sent, or not and why. */
    record Outcome(boolean sent, String problem) {
    }

    Outcome send(Message m) {
        try {
            mailer.send(new Mail().setTo(m.to()).setSubject(EncodedWords.of(m.subject())).setText(m.text()).setHtml(m.html())
                    .addAttachment(m.attachmentName(), m.pdf(), "application/pdf"));
            return new Outcome(true, null);
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warnf("a report could not be e-mailed to %s: %s", m.to(), why);
            return new Outcome(false, "the mail server did not take it: " + why);
        }
    }

    static Message compose(List<String> to, String brand, Cadence cadence, Instant from, Instant to2,
            ReportLanguage l, String link, Instant linkExpiresAt, byte[] pdf) {
        String period = PackHtml.period(from, to2, l);
        String subject = l.word("mail.subject", brand, period);
        String kind = l.word("cadence." + cadence.id());
        String text = l.word("mail.greeting") + "\n\n" + l.word("mail.body", kind, brand, period) + "\n\n"
                + l.word("mail.link", l.date(linkExpiresAt)) + "\n" + link + "\n\n" + l.word("mail.footer", brand)
                + "\n";
        String html = "<p>" + PackHtml.esc(l.word("mail.greeting")) + "</p><p>"
                + PackHtml.esc(l.word("mail.body", kind, brand, period)) + "</p><p>"
                + PackHtml.esc(l.word("mail.link", l.date(linkExpiresAt))) + "<br/><a href=\"" + PackHtml.esc(link)
                + "\">" + PackHtml.esc(link) + "</a></p><p style=\"color:#555\">"
                + PackHtml.esc(l.word("mail.footer", brand)) + "</p>";
        return new Message(to, subject, text, html, fileName(brand, from, to2), pdf);
    }

    /** parley-report-acme-2026-11-01-2026-11-30.pdf: the brand and the period's first and last day. */
    static String fileName(String brand, Instant from, Instant to) {
        return "parley-report-" + brand + "-" + from.toString().substring(0, 10) + "-"
                + to.minusSeconds(1).toString().substring(0, 10) + ".pdf";
    }
}
