package org.learncal.body;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.learncal.problem.InputErrors;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a JSON body into a request record, strictly: at most 64 KiB (413), and every unknown or mistyped
 * field named in one 400 before anything is bound. Field names follow the record components.
 */
@Singleton
public class JsonBody {
    public static final int MAX_BYTES = 64 * 1024;

    private final JsonMapper json;

    public JsonBody(JsonMapper json) {
        this.json = json;
    }

    public <T extends Record> T read(@Nullable byte[] body, Class<T> type) {
        BodyLimits.check(body, MAX_BYTES, "JSON");
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is empty; send a JSON object");
        }
        JsonNode tree;
        try {
            tree = json.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("body", "is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        InputErrors errors = new InputErrors();
        checkObject(tree, type, "", errors);
        errors.throwIfAny();
        try {
            return json.readValueFromTree(tree, type);
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("body", "cannot be read: " + firstLine(e.getMessage()));
        }
    }

    private static void checkObject(JsonNode node, Class<?> type, String prefix, InputErrors errors) {
        Map<String, RecordComponent> components = Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, c -> c));
        Set<String> known = components.keySet();
        for (Map.Entry<String, JsonNode> entry : node.entries()) {
            RecordComponent component = components.get(entry.getKey());
            if (component == null) {
                errors.add(prefix + entry.getKey(), "is not a known field; known are "
                        + known.stream().sorted().collect(Collectors.joining(", ")));
            } else {
                checkValue(entry.getValue(), component.getGenericType(), prefix + entry.getKey(), errors);
            }
        }
    }

    private static void checkValue(JsonNode value, Type type, String name, InputErrors errors) {
        if (value.isNull()) {
            return;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == java.util.List.class) {
            if (!value.isArray()) {
                errors.add(name, "must be a JSON array");
                return;
            }
            int index = 0;
            for (JsonNode element : value.values()) {
                checkValue(element, list.getActualTypeArguments()[0], name + "[" + index++ + "]", errors);
            }
        } else if (type instanceof ParameterizedType map && map.getRawType() == java.util.Map.class) {
            if (!value.isObject()) {
                errors.add(name, "must be a JSON object");
                return;
            }
            value.entries().forEach(entry -> checkValue(entry.getValue(), map.getActualTypeArguments()[1],
                    name + "." + entry.getKey(), errors));
        } else if (type instanceof Class<?> cls && cls.isRecord()) {
            if (value.isObject()) {
                checkObject(value, cls, name + ".", errors);
            } else {
                errors.add(name, "must be a JSON object");
            }
        } else if (type == String.class && !value.isString()) {
            errors.add(name, "must be a string");
        } else if ((type == Boolean.class || type == boolean.class) && !value.isBoolean()) {
            errors.add(name, "must be true or false");
        } else if (type instanceof Class<?> cls && Number.class.isAssignableFrom(boxed(cls)) && !value.isNumber()) {
            errors.add(name, "must be a number");
        }
    }

    private static Class<?> boxed(Class<?> type) {
        if (type == int.class) {
            return Integer.class;
        }
        return type == double.class ? Double.class : type == long.class ? Long.class : type;
    }

    private static String firstLine(@Nullable String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }

    /** Used by both JSON and iCalendar bodies. */
    static ProblemException tooLarge(String kind, int limit) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                "A " + kind + " body may have at most " + limit + " bytes");
    }
}
