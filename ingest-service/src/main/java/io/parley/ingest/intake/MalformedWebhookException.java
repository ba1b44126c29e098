package io.parley.ingest.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.parley.platform.json.JsonProblems;
import io.parley.platform.json.UntrustedJson;
import io.parley.platform.problem.ProblemException;

import java.io.IOException;

/**
 * A webhook body that is not what the platform sends: not a JSON object, or a field of the wrong type
 * ({@link #field()} names it, as a path such as {@code entry[0].changes[0].value.message}).
 */
public final class MalformedWebhookException extends Exception {

    private final String field;

    public MalformedWebhookException(String message) {
        super(message);
        this.field = null;
    }

    public MalformedWebhookException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The field at fault, or null when the body as a whole is. */
    public String field() {
        return field;
    }

    /** What is wrong with the field, without its name. */
    public String reason() {
        return field == null ? getMessage() : getMessage().substring(field.length() + 2);
    }

    /** The 400 answer: naming the field when there is one. */
    public ProblemException problem() {
        return field == null ? ProblemException.badRequest(getMessage()) : ProblemException.invalid(field, reason());
    }

    /** Reads a webhook body as a JSON object, or says precisely why it is not one. */
    public static JsonNode readObject(byte[] body) throws MalformedWebhookException {
        JsonNode root;
        try {
            // The platform's limits on depth and size, duplicate keys refused (a body nested 1,000 levels
            // deep had failed with 500: Jackson's limit error carries no location).
            root = UntrustedJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedWebhookException(JsonProblems.describe(e).detail());
        } catch (IOException e) {
            throw new MalformedWebhookException("the body cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new MalformedWebhookException("the body must be a JSON object");
        }
        return root;
    }
}
