package io.parley.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Holds the application's object mapper (REST responses, REST clients, feature code that injects it)
 * to the {@link JsonLimits} and refuses duplicate keys, so that no JSON it reads can exhaust the
 * stack or the heap. Request bodies are read stricter still by {@link RequestJson}.
 */
@Singleton
public class JsonSetup implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        JsonLimits.apply(mapper.getFactory());
    }
}
