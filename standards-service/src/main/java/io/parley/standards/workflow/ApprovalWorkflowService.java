package io.parley.standards.workflow;

import io.parley.contracts.Platform;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.CatalogueJson;
import io.parley.standards.catalogue.CatalogueService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The approval workflow of a post from the brand's catalogue in force; bad input is 400 naming the field. */
@ApplicationScoped
public class ApprovalWorkflowService {

    private final CatalogueService catalogues;

    @Inject
    public ApprovalWorkflowService(CatalogueService catalogues) {
        this.catalogues = catalogues;
    }

    public ApprovalWorkflowApi.Workflow workflow(String brand, ApprovalWorkflowApi.Request request) {
        if (request == null) {
            throw ProblemException.invalid("body", "is required: {channel, contentType, riskLevel}");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String channel = channel(request.channel(), errors);
        Catalogue.ContentType type = value("contentType", request.contentType(), Catalogue.ContentType.POST,
                Catalogue.ContentType.class, errors);
        Catalogue.RiskLevel risk = value("riskLevel", request.riskLevel(), Catalogue.RiskLevel.NORMAL,
                Catalogue.RiskLevel.class, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, errors.stream()
                    .map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")), errors);
        }
        CatalogueService.Current current = catalogues.inForce(brand);
        return ApprovalWorkflowApi.of(brand, current.version(),
                ApprovalWorkflows.find(current.catalogue(), channel, type, risk));
    }

    private static String channel(String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError("channel", "is required: the channel id, e.g. facebook"));
            return null;
        }
        for (Platform p : Platform.values()) {
            if (p.id().equals(value)) {
                return value;
            }
        }
        errors.add(new Problem.FieldError("channel", "must be a channel id (" + Arrays.stream(Platform.values())
                .map(Platform::id).collect(Collectors.joining(", ")) + "), was '" + value + "'"));
        return null;
    }

    private static <E extends Enum<E>> E value(String field, String value, E absent, Class<E> type,
            List<Problem.FieldError> errors) {
        if (value == null) {
            return absent;
        }
        try {
            E parsed = CatalogueJson.mapper().convertValue(value, type);
            if (parsed != null) {
                return parsed;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> CatalogueJson.mapper().convertValue(c, String.class)).collect(Collectors.joining(", "))
                + ", was '" + value + "'"));
        return null;
    }
}
