package io.parley.ingest.sandbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A platform request the sandbox connector recorded instead of sending (credentials redacted). */
@Entity
@Table(name = "sandbox_request")
public class SandboxRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "action_id", nullable = false)
    public UUID actionId;

    /** 1, 2, …: the request's place among the action's requests (upload, then post). */
    @Column(nullable = false)
    public int step = 1;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String platform;

    @Column(name = "channel_account_id", nullable = false)
    public String channelAccountId;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String method;

    @Column(nullable = false)
    public String url;

    /** Every header as sent, as a JSON object; null for requests recorded before headers were. */
    public String headers;

    @Column(name = "content_type")
    public String contentType;

    public String body;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    private static final ObjectMapper JSON = new ObjectMapper();

    public static String headersJson(Map<String, String> headers) {
        try {
            return JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, String> headerMap() {
        if (headers == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(headers, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable headers of sandbox request " + id, e);
        }
    }
}
