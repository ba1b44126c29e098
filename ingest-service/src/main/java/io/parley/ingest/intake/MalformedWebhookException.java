package io.parley.ingest.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/** A webhook body that is not the JSON object the platform sends. */
public final class MalformedWebhookException extends Exception {

    private static final ObjectMapper JSON = new ObjectMapper();

    public MalformedWebhookException(String message) {
        super(message);
    }

    /** Reads a webhook body as a JSON object, or says precisely why it is not one. */
    public static JsonNode readObject(byte[] body) throws MalformedWebhookException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedWebhookException("the body is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new MalformedWebhookException("the body cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new MalformedWebhookException("the body must be a JSON object");
        }
        return root;
    }
}
