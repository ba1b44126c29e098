package io.parley.k8s;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an object into an operator's Java model as strictly as its CRD schema would: a field the model does not
 * declare fails. Strimzi's and fabric8's models keep unknown fields in an "additional properties" map (the
 * {@code @JsonAnySetter}) and may ignore unknown ones; this mapper turns both off, so a misspelt or misplaced field
 * is an error naming where it is.
 */
final class StrictModel {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated a) {
                    return null;
                }

                @Override
                public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated a) {
                    return super.findPropertyIgnoralByName(config, a).withoutIgnoreUnknown();
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private StrictModel() {
    }

    /** The object as an instance of the model, or the reason it is not one. */
    static <T> T read(JsonNode object, Class<T> model) throws java.io.IOException {
        return MAPPER.treeToValue(object, model);
    }

    /**
     * Fields the object sets whose getters are {@code @Deprecated} in the model, as paths. Strimzi deprecates in
     * v1beta2 what kafka.strimzi.io/v1 no longer has, so any such field is one the v1 API refuses.
     */
    static List<String> deprecatedFieldsSet(JsonNode object, Object model) {
        List<String> found = new ArrayList<>();
        walk(object, model, "", found);
        return found;
    }

    private static void walk(JsonNode node, Object value, String path, List<String> found) {
        if (value == null || node == null) {
            return;
        }
        if (node.isArray() && value instanceof List<?> list) {
            for (int i = 0; i < Math.min(node.size(), list.size()); i++) {
                walk(node.get(i), list.get(i), path + "[" + i + "]", found);
            }
            return;
        }
        if (!node.isObject() || value instanceof Map<?, ?> || value.getClass().getName().startsWith("java.")) {
            return;
        }
        BeanDescription bean = MAPPER.getSerializationConfig().introspect(MAPPER.constructType(value.getClass()));
        Map<String, BeanPropertyDefinition> properties = new HashMap<>();
        bean.findProperties().forEach(p -> properties.put(p.getName(), p));
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            BeanPropertyDefinition property = properties.get(field.getKey());
            if (property == null || property.getGetter() == null) {
                continue;
            }
            Method getter = (Method) property.getGetter().getMember();
            String here = path + "." + field.getKey();
            if (getter.isAnnotationPresent(Deprecated.class)) {
                found.add(here.substring(1));
            }
            try {
                walk(field.getValue(), getter.invoke(value), here, found);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + here + " of " + value.getClass(), e);
            }
        }
    }
}
