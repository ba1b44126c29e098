package io.parley.calendar.standards;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.calendar.approvals.Workflow;
import io.parley.calendar.stories.TrackedLinks;
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

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the calendar needs from the brand's standards, for the signed-in caller: the brand's time zone and link
 * rules on a channel (catalogue sections 9 and 5), the findings about a variant, and the approval workflow for it.
 * When standards-service cannot answer, nothing is saved: 503, retry — a variant is never stored unchecked.
 */
@RequestScoped
public class Standards {

    private static final Logger LOG = Logger.getLogger(Standards.class);

    @Inject
    @RestClient
    StandardsClient client;

    @Inject
    SecurityIdentity identity;

    /** The brand's rules that shape a variant on one channel. */
    public record ChannelRules(ZoneId timeZone, TrackedLinks.Rules links) {
    }

    public ChannelRules rules(String brand, String channel) {
        JsonNode view = call(() -> client.catalogue(bearer(), brand));
        JsonNode catalogue = view.path("catalogue");
        ZoneId zone = ZoneId.of("UTC");
        String tz = catalogue.path("responseTargets").path("timeZone").asText("");
        if (!tz.isBlank()) {
            try {
                zone = ZoneId.of(tz);
            } catch (RuntimeException e) {
                LOG.warnf("brand %s has an unreadable time zone '%s'; UTC is used", brand, tz);
            }
        }
        JsonNode links = catalogue.path("overrides").path(channel).path("links");
        if (links.isMissingNode() || links.isNull()) {
            links = catalogue.path("links");
        }
        return new ChannelRules(zone, new TrackedLinks.Rules(strings(links.path("ownDomains")),
                strings(links.path("requiredUtmParameters"))));
    }

    /** The catalogue document in force (its {@code catalogue} object), e.g. for section 10's cadence. */
    public JsonNode catalogue(String brand) {
        return call(() -> client.catalogue(bearer(), brand)).path("catalogue");
    }

    /** The findings about a post on the channel; severities read as blocking / warning / info. */
    public List<Finding> check(String brand, StandardsClient.Draft draft) {
        StandardsClient.Report report = call(() -> client.check(bearer(), brand, draft));
        List<Finding> findings = new ArrayList<>();
        for (Map<String, Object> f : report.findings() == null ? List.<Map<String, Object>>of() : report.findings()) {
            Finding.Span span = null;
            if (f.get("span") instanceof Map<?, ?> s && s.get("start") instanceof Number a
                    && s.get("end") instanceof Number b) {
                span = new Finding.Span(a.intValue(), b.intValue());
            }
            String severity = switch (String.valueOf(f.get("severity"))) {
                case "block", "blocking" -> "blocking";
                case "warn", "warning" -> "warning";
                default -> "info";
            };
            findings.add(new Finding(f.get("section") instanceof Number n ? n.intValue() : 0,
                    String.valueOf(f.get("ruleId")), severity, String.valueOf(f.get("message")), span,
                    f.get("suggestion") == null ? null : String.valueOf(f.get("suggestion")), null,
                    f.get("messageKey") == null ? null : String.valueOf(f.get("messageKey")), params(f.get("params"))));
        }
        return findings;
    }

    /** The message's values as text, as the engine gave them; null when it gave none. */
    private static Map<String, String> params(Object params) {
        if (!(params instanceof Map<?, ?> m)) {
            return null;
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }

    /** The rule and steps section 1 gives a variant; no rule: no steps. */
    public Workflow.Approval workflow(String brand, String channel, String contentType, String riskLevel,
            int round, java.time.Instant now) {
        StandardsClient.WorkflowAnswer answer = call(() -> client.workflow(bearer(), brand,
                new StandardsClient.WorkflowQuery(channel, contentType, riskLevel)));
        List<Workflow.StepTemplate> steps = new ArrayList<>();
        for (StandardsClient.WorkflowStep s : answer.steps() == null ? List.<StandardsClient.WorkflowStep>of()
                : answer.steps()) {
            List<Workflow.Approver> approvers = approvers(s.approvers());
            steps.add(new Workflow.StepTemplate(s.name(), approvers, s.required() == null ? 1 : s.required(),
                    s.remindAfter(), s.escalateAfter(), approvers(s.escalateTo()), s.skippableBy()));
        }
        return Workflow.start(answer.rule(), steps, round, now);
    }

    private static List<Workflow.Approver> approvers(List<Map<String, String>> list) {
        return list == null ? List.of() : list.stream().map(a -> new Workflow.Approver(a.get("kind"), a.get("id")))
                .toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private <T> T call(java.util.function.Supplier<T> request) {
        try {
            T answer = request.get();
            if (answer == null) {
                throw unavailable();
            }
            return answer;
        } catch (WebApplicationException e) {
            LOG.warnf("standards-service answered %d", e.getResponse().getStatus());
            throw unavailable();
        } catch (ProcessingException e) {
            LOG.warnf("standards-service is unreachable: %s", e.getMessage());
            throw unavailable();
        }
    }

    private String bearer() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null) {
            return "Bearer " + jwt.getRawToken();
        }
        return null;
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.UNAVAILABLE, "the brand's standards could not be read "
                + "(standards-service did not answer); nothing was saved — retry in a moment");
    }
}
