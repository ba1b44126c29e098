package io.parley.inbox.replies;

import io.parley.platform.problem.BlockedByStandards;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * Checks a text the brand is about to publish against the brand's standards, with standards-service's checks
 * engine, before anything is stored or sent. When the engine cannot answer (down, timing out, or answering
 * with an error) nothing is sent: the caller gets 503 and may retry — a reply that was never checked does
 * not go out in the brand's name.
 */
@RequestScoped
public class ReplyCheck {

    private static final Logger LOG = Logger.getLogger(ReplyCheck.class);

    @Inject
    @RestClient
    StandardsClient standards;

    @Inject
    SecurityIdentity identity;

    /** The verdict (pass, warn, block) and the findings. */
    public record Outcome(String verdict, List<Map<String, Object>> findings) {
        public boolean blocks() {
            return "block".equals(verdict);
        }

        public List<Map<String, Object>> blocking() {
            return findings.stream().filter(f -> "block".equals(f.get("severity"))).toList();
        }

        /** The 422 answering a text these findings block: each blocking finding an error on {@code text}. */
        public BlockedByStandards blocked() {
            List<Map<String, Object>> blocking = blocking();
            return new BlockedByStandards(blocking.size() + " finding(s) of the brand's standards block this text: "
                    + String.join(", ", blocking.stream().map(f -> String.valueOf(f.get("ruleId"))).toList())
                    + "; change the text, or an approver may send it with an overrideReason",
                    blocking.stream().map(f -> BlockedByStandards.onText(f.get("ruleId"), f.get("message"))).toList(),
                    findings);
        }

        public List<String> ruleIds() {
            return findings.stream().map(f -> String.valueOf(f.get("ruleId"))).toList();
        }
    }

    /** Checks a public reply (kind reply) on a channel. */
    public Outcome reply(String brand, String channel, String text) {
        StandardsClient.Report report;
        try {
            report = standards.check(bearer(), brand, new StandardsClient.Draft("reply", channel, text, List.of(),
                    List.of()));
        } catch (WebApplicationException e) {
            LOG.warnf("standards-service answered %d to a reply check for %s", e.getResponse().getStatus(), brand);
            throw unavailable();
        } catch (ProcessingException e) {
            LOG.warnf("standards-service is unreachable: %s", e.getMessage());
            throw unavailable();
        }
        if (report == null || report.verdict() == null) {
            throw unavailable();
        }
        return new Outcome(report.verdict(), report.findings() == null ? List.of() : report.findings());
    }

    private String bearer() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null) {
            return "Bearer " + jwt.getRawToken();
        }
        return null;
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.UNAVAILABLE, "the brand's standards could not be checked "
                + "(standards-service did not answer); nothing was sent — retry in a moment");
    }
}
