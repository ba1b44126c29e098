package io.parley.ingest.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.parley.platform.json.JsonProblems;
import io.parley.platform.json.UntrustedJson;

import java.io.IOException;

/** A webhook body that is not the JSON object the platform sends. */
public final class MalformedWebhookException extends Exception {

    public MalformedWebhookException(String message) {
        super(message);
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
