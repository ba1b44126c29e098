package io.parley.platform.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A mapper for feature code that parses bytes from outside itself (a webhook delivery, an import
 * line): the {@link JsonLimits}, duplicate keys and anything after the JSON value refused, unknown
 * fields tolerated (a platform adds fields without notice). A {@link com.fasterxml.jackson.core.JsonProcessingException} from it is
 * described precisely by {@link JsonProblems#describe}.
 */
public final class UntrustedJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonLimits.apply(new JsonFactory()))
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private UntrustedJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
