package io.parley.ingest.outbound;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTTP request a platform's API expects for an action, relative to the API's root and without its
 * credential: the credential is placed the platform's way only when the request is rendered, so the
 * sandbox records the same request with the credential redacted and nothing else changes.
 *
 * @param method      the HTTP method
 * @param path        the path and query under the API root, already encoded ({@code /v23.0/10_20/comments})
 * @param headers     headers other than the credential and the content type
 * @param contentType the body's media type, null without a body
 * @param body        the body, null without one
 * @param credential  where the access token goes
 * @param repeatable  sending it twice has the effect of sending it once (a delete, a hide, a like, a create
 *                    the platform de-duplicates by a key we send, an upload nobody sees until it is posted), so it
 *                    may be resent when an answer is lost
 * @param upload      for a media upload: the image the gateway fetches and sends as the body (null otherwise)
 */
public record PlatformRequest(String method, String path, Map<String, String> headers, String contentType,
        String body, Credential credential, boolean repeatable, Upload upload) {

    public PlatformRequest(String method, String path, Map<String, String> headers, String contentType, String body,
            Credential credential, boolean repeatable) {
        this(method, path, headers, contentType, body, credential, repeatable, null);
    }

    /**
     * An image sent as a request's body: fetched by the gateway from {@code url} (the signed address calendar-service
     * gives) and sent as is ({@code field} null) or as the file part {@code field} of a {@code multipart/form-data}
     * body with the text parts {@code fields}. The sandbox records a description of the bytes instead of them.
     */
    public record Upload(String url, String contentType, String field, Map<String, String> fields) {
        public Upload {
            fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        /** What the sandbox and the attempt log show for the bytes. */
        public String describe() {
            StringBuilder out = new StringBuilder();
            fields.forEach((k, v) -> out.append(k).append('=').append(v).append("; "));
            return out.append(field != null ? field + "=" : "").append("<bytes of ").append(url).append(" (")
                    .append(contentType).append(")>").toString();
        }
    }

    /** Multipart bodies use this boundary (fixed, so a recorded request reads the same each time). */
    public static final String BOUNDARY = "parley-upload-7d1e2b";

    /** What the sandbox and the attempt log show instead of a credential. */
    public static final String REDACTED = "REDACTED";

    public static final String JSON = "application/json; charset=UTF-8";
    public static final String FORM = "application/x-www-form-urlencoded";

    public PlatformRequest {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** Where a platform takes the access token. */
    public enum Credential {
        /** {@code Authorization: Bearer <token>}: Graph API, X, YouTube, LinkedIn. */
        BEARER,
        /** A path prefix {@code /bot<token>}: the Telegram Bot API. */
        BOT_PATH,
        /** An {@code access_token} form field: the VK API. */
        FORM_FIELD,
        /** An {@code Access-Token: <token>} header: TikTok's Business API. */
        ACCESS_TOKEN_HEADER,
        /** None: an address the platform signed itself (VK's photo upload server). */
        NONE
    }

    /** The request as sent, with the credential in its place. */
    public Call render(String apiRoot, String secret) {
        String root = apiRoot.endsWith("/") ? apiRoot.substring(0, apiRoot.length() - 1) : apiRoot;
        Map<String, String> all = new LinkedHashMap<>();
        String url = path.startsWith("https://") || path.startsWith("http://") ? path : root + path;
        String sentBody = body;
        switch (credential) {
            case BEARER -> all.put("Authorization", "Bearer " + secret);
            case ACCESS_TOKEN_HEADER -> all.put("Access-Token", secret);
            case BOT_PATH -> url = root + "/bot" + secret + path;
            case FORM_FIELD -> sentBody = (body == null || body.isEmpty() ? "" : body + "&") + "access_token="
                    + (REDACTED.equals(secret) ? REDACTED : formValue(secret));
            case NONE -> {
            }
        }
        String type = contentType;
        if (upload != null) {
            type = upload.field() != null ? "multipart/form-data; boundary=" + BOUNDARY : upload.contentType();
            sentBody = upload.describe();
        }
        if (type != null) {
            all.put("Content-Type", type);
        }
        all.putAll(headers);
        return new Call(method, url, all, type, sentBody);
    }

    /** The request as the platform would receive it, the credential replaced by {@link #REDACTED}. */
    public Call redacted(String apiRoot) {
        return render(apiRoot, REDACTED);
    }

    /** A rendered request. */
    public record Call(String method, String url, Map<String, String> headers, String contentType, String body) {
    }

    public static PlatformRequest get(String method, String path, Credential credential, boolean repeatable) {
        return new PlatformRequest(method, path, Map.of(), null, null, credential, repeatable);
    }

    /** {@code name=value&…}, UTF-8 percent-encoded, in the order given. */
    public static String form(String... namesAndValues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(formValue(namesAndValues[i])).append('=').append(formValue(namesAndValues[i + 1]));
        }
        return out.toString();
    }

    public static String formValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A path segment or query value: percent-encoded, spaces as {@code %20}. */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
