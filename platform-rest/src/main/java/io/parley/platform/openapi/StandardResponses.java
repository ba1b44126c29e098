package io.parley.platform.openapi;

import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.rest.Cursor;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What every service's OpenAPI document says the same way, said once here instead of on every method (each service
 * names this filter in {@code mp.openapi.filter}):
 * <ul>
 *   <li>the problems a signed-in operation can answer: <b>401</b> without a valid token and <b>403</b> for a role that
 *       may not, on every operation that needs a token; <b>404</b> on every operation whose path names a brand or a
 *       resource; a 4xx the framework adds without a body (bean validation's 400, {@code @RolesAllowed}'s 401/403)
 *       gets the problem document, as does any 4xx/5xx documented without an example (its description becomes the
 *       example's detail). A resource that documents one of these with an example keeps its own; one
 *       that documents it without an example keeps its description and gets the problem document and example;</li>
 *   <li>the <b>400</b> of a list (an operation with a {@code cursor} query parameter) for a cursor it did not hand
 *       out, beside the operation's own 400 examples;</li>
 *   <li>an <b>operationId</b> on every operation, from its resource and method ({@code ConversationsResource#list} →
 *       {@code conversationsList}), so generated clients get names a person would write;</li>
 *   <li>a <b>server</b>: the address the document was fetched from;</li>
 *   <li>{@code security: []} on an operation that asks for no token (a platform's webhook, a signed link), so
 *       that "public" is said rather than left out;</li>
 *   <li>Jackson's {@code JsonNode} as <b>any JSON value</b> (the scanner reads it as a bean of booleans);</li>
 *   <li>no <b>unused schema</b>: a type the scanner found on the class path (platform's {@code Page}, a problem
 *       subtype) but no operation refers to, directly or through another schema, is left out;</li>
 *   <li>an optional text, list or object property <b>may be null</b>: the services write an unset field as
 *       {@code null} (Jackson's default), so a property not listed as required is declared {@code [type, "null"]}
 *       and a client generated from the document accepts what the service sends. Numbers and booleans are left as
 *       declared (a Java {@code int} is never null); a resource marks a nullable number itself.</li>
 * </ul>
 * The examples are problem documents as the services write them ({@link ProblemType}'s types and titles).
 */
public class StandardResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/")
                    .description("This service: the address this document was fetched from"));
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
            if (schemas.containsKey("JsonNode")) {
                // Jackson's tree type read as a bean (isArray, isTextual …): what goes over the wire is any JSON value.
                openAPI.getComponents().addSchema("JsonNode", OASFactory.createSchema()
                        .description("Any JSON value: an object, a list, a text, a number, true/false or null"));
                openAPI.getComponents().removeSchema("JsonNodeType");
            }
            openAPI.getComponents().getSchemas().values().forEach(StandardResponses::optionalMayBeNull);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation op = entry.getValue();
                op.setOperationId(operationId(op.getOperationId()));
                APIResponses responses = op.getResponses();
                if (responses == null) {
                    continue;
                }
                String where = path.getKey();
                if (responses.getAPIResponses() != null) {
                    boolean list = takesCursor(op);
                    responses.getAPIResponses().forEach((status, response) -> {
                        if (!status.matches("[45]\\d\\d") || hasExample(response)) {
                            return;
                        }
                        if (list && status.equals("400")) {
                            return; // its example is the invalid cursor's, below
                        }
                        // A problem the resource names without a body or without an example: the problem document,
                        // with the resource's description as its detail.
                        ProblemType type = status.equals("400") ? ProblemType.INVALID_INPUT
                                : ProblemType.forStatus(Integer.parseInt(status));
                        String detail = response.getDescription() != null && !response.getDescription().isBlank()
                                ? response.getDescription() : detail(type);
                        response.content(problem(type, detail, where));
                    });
                }
                if (op.getSecurity() == null && !securedByDefault) {
                    // No token asked for (a platform's webhook, a reviewer's signed link): said explicitly.
                    op.setSecurity(new java.util.ArrayList<>());
                }
                boolean secured = op.getSecurity() == null ? securedByDefault : !op.getSecurity().isEmpty();
                if (secured) {
                    add(responses, ProblemType.UNAUTHORIZED, "No valid bearer token", where);
                    add(responses, ProblemType.FORBIDDEN, "The caller's roles do not allow this", where);
                }
                if (where.contains("{")) {
                    add(responses, ProblemType.NOT_FOUND, "No such resource, or not one the caller may see", where);
                }
                if (takesCursor(op)) {
                    invalidCursor(responses, where);
                }
            }
        }
        dropUnusedSchemas(openAPI);
    }

    /** Removes the component schemas no operation reaches, through its parameters, body or responses. */
    static void dropUnusedSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> used = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            parameters(item.getParameters(), todo);
            for (Operation op : item.getOperations().values()) {
                parameters(op.getParameters(), todo);
                if (op.getRequestBody() != null) {
                    content(op.getRequestBody().getContent(), todo);
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> content(r.getContent(), todo));
                }
            }
        }
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && schemas.get(name) != null) {
                    todo.push(schemas.get(name));
                }
            }
            Stream.of(schema.getProperties() == null ? null : schema.getProperties().values(), schema.getAllOf(),
                            schema.getAnyOf(), schema.getOneOf())
                    .filter(java.util.Objects::nonNull).flatMap(java.util.Collection::stream).forEach(todo::push);
            Stream.of(schema.getItems(), schema.getNot(), schema.getAdditionalPropertiesSchema())
                    .filter(java.util.Objects::nonNull).forEach(todo::push);
        }
        List.copyOf(schemas.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static void parameters(List<Parameter> parameters, Deque<Schema> todo) {
        if (parameters != null) {
            parameters.forEach(p -> {
                if (p.getSchema() != null) {
                    todo.push(p.getSchema());
                }
                content(p.getContent(), todo);
            });
        }
    }

    private static void content(Content content, Deque<Schema> todo) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(java.util.Objects::nonNull)
                    .forEach(todo::push);
        }
    }

    /**
     * Declares the optional text, list and object properties of {@code schema} (and of its inline schemas) nullable:
     * {@code [type, "null"]}, or for a reference to another schema {@code anyOf: [the reference, null]} (a reference
     * constrains the value too, so a "null" beside it would not let null through).
     */
    static void optionalMayBeNull(Schema schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>();
        schema.getProperties().forEach((name, property) -> {
            optionalMayBeNull(property);
            optionalMayBeNull(property.getItems());
            properties.put(name, required.contains(name) ? property : mayBeNull(property));
        });
        schema.setProperties(properties);
    }

    private static Schema mayBeNull(Schema property) {
        if (property.getRef() != null) {
            Schema nullable = OASFactory.createSchema()
                    .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            nullable.setDescription(property.getDescription());
            nullable.setExamples(property.getExamples());
            nullable.setDeprecated(property.getDeprecated());
            nullable.setReadOnly(property.getReadOnly());
            nullable.setWriteOnly(property.getWriteOnly());
            return nullable;
        }
        List<Schema.SchemaType> types = property.getType();
        if (types != null && types.size() == 1 && NULLABLE_KINDS.contains(types.get(0))) {
            property.addType(Schema.SchemaType.NULL);
        }
        return property;
    }

    private static final Set<Schema.SchemaType> NULLABLE_KINDS = EnumSet.of(Schema.SchemaType.STRING,
            Schema.SchemaType.ARRAY, Schema.SchemaType.OBJECT);

    /**
     * {@code ConversationsResource_list} (SmallRye's CLASS_METHOD strategy) → {@code conversationsList}; an id a
     * resource chose itself stays.
     */
    static String operationId(String generated) {
        if (generated == null || generated.indexOf('_') < 0) {
            return generated;
        }
        String type = generated.substring(0, generated.indexOf('_'));
        String method = generated.substring(generated.indexOf('_') + 1);
        for (String suffix : List.of("Resource", "Endpoint", "Api")) {
            if (type.endsWith(suffix) && type.length() > suffix.length()) {
                type = type.substring(0, type.length() - suffix.length());
                break;
            }
        }
        return Character.toLowerCase(type.charAt(0)) + type.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }

    /** The example name of the 400 a list answers to a cursor it did not hand out. */
    static final String INVALID_CURSOR = "invalid cursor";

    private static boolean takesCursor(Operation op) {
        return op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && Cursor.PARAMETER.equals(p.getName()));
    }

    /**
     * A list's 400 for a cursor it did not hand out (platform-rest's {@link Cursor}: garbled, tampered with or another
     * listing's): added beside the operation's own 400 examples (a bad limit, a bad filter), or as the 400 when the
     * operation documents none.
     */
    private static void invalidCursor(APIResponses responses, String path) {
        APIResponse existing = responses.getAPIResponse("400");
        if (existing == null) {
            existing = OASFactory.createAPIResponse().description("A cursor this listing did not hand out "
                    + "(garbled, tampered with or another listing's); the problem names cursor");
            responses.addAPIResponse("400", existing);
        }
        if (existing.getContent() == null) {
            existing.content(OASFactory.createContent());
        }
        MediaType problem = existing.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
            existing.getContent().addMediaType(Problem.MEDIA_TYPE, problem);
        }
        if (problem.getExamples() == null || !problem.getExamples().containsKey(INVALID_CURSOR)) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", ProblemType.INVALID_INPUT.uri().toString());
            example.put("title", ProblemType.INVALID_INPUT.title());
            example.put("status", ProblemType.INVALID_INPUT.status());
            example.put("detail", Cursor.PARAMETER + ": " + Cursor.NOT_OURS);
            example.put("instance", instance(path));
            example.put("errors", List.of(Map.of("field", Cursor.PARAMETER, "message", Cursor.NOT_OURS)));
            problem.addExample(INVALID_CURSOR, OASFactory.createExample().value(example));
        }
    }

    private static void add(APIResponses responses, ProblemType type, String description, String path) {
        String status = Integer.toString(type.status());
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && hasExample(existing)) {
            return; // the resource says it itself
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(existing != null && existing.getDescription() != null ? existing.getDescription()
                        : description)
                .content(problem(type, detail(type), path)));
    }

    private static boolean hasExample(APIResponse response) {
        return response.getContent() != null && response.getContent().getMediaTypes() != null
                && response.getContent().getMediaTypes().values().stream()
                .anyMatch(m -> (m.getExamples() != null && !m.getExamples().isEmpty()) || m.getExample() != null);
    }

    private static String detail(ProblemType type) {
        return switch (type) {
            case UNAUTHORIZED -> "a valid bearer token is required";
            case FORBIDDEN -> "your roles do not allow this operation";
            case NOT_FOUND -> "no such resource, or not one of your brands";
            case INVALID_INPUT -> "the request has invalid fields";
            default -> type.title().toLowerCase(Locale.ROOT);
        };
    }

    /** A request's path as an example of the template {@code path}. */
    private static String instance(String path) {
        return path.replaceAll("\\{brand[^}]*}", "acme").replaceAll("\\{[^}]+}", "3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f");
    }

    /** A problem document as the services write it, as an example object (not a string holding JSON). */
    static Content problem(ProblemType type, String detail, String path) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri().toString());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", detail);
        example.put("instance", instance(path));
        if (type == ProblemType.INVALID_INPUT) {
            example.put("errors", List.of(Map.of("field", "body", "message", "must not be null")));
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .addExample("problem", OASFactory.createExample().value(example)));
    }
}
