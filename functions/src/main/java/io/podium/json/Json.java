package io.podium.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.InvalidInput;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The JSON of the functions: Jackson's tree model, read and written with Jackson's streaming parser and generator.
 * No ObjectMapper on the request path: building one and its serializers loads some 500 classes and costs about
 * 100 ms of a cold start, for trees that a parser and a generator handle alone. The trees are Jackson's own nodes,
 * built as ObjectMapper's readTree builds them; {@link #mapper()} remains for data binding, off the request paths.
 */
public final class Json {
    /** Far above anything a valid request needs, far below what could hurt a 1 GB function. */
    private static final int MAX_NESTING = 64;

    private static final JsonFactory FACTORY = factory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    /** Rejects duplicate keys and nesting deeper than {@link #MAX_NESTING}, as a request must be. */
    private static JsonFactory factory() {
        return JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
    }

    /** A data-binding mapper with the same reading rules, created on first use. */
    public static ObjectMapper mapper() {
        return MapperHolder.MAPPER;
    }

    private static final class MapperHolder {
        static final ObjectMapper MAPPER = JsonMapper.builder(factory())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** The shape every list answer shares, {"data":[…]}, each item in its {@code view}. */
    public static <T> ObjectNode data(Stream<T> items, Function<T, ? extends JsonNode> view) {
        ObjectNode body = object();
        ArrayNode data = body.putArray("data");
        items.map(view).forEach(data::add);
        return body;
    }

    /** Parses a request body that must be a JSON object, or refuses it with 400 invalid_json. */
    public static ObjectNode parseObject(byte[] body) {
        JsonNode node = parseBody(body);
        if (!node.isObject()) {
            throw InvalidInput.invalidJson("The request body must be a JSON object.", List.of());
        }
        return (ObjectNode) node;
    }

    /** Parses a request body that must be a JSON array, or refuses it with 400 invalid_json. */
    public static ArrayNode parseArray(byte[] body) {
        JsonNode node = parseBody(body);
        if (!node.isArray()) {
            throw InvalidInput.invalidJson("The request body must be a JSON array.", List.of());
        }
        return (ArrayNode) node;
    }

    private static JsonNode parseBody(byte[] body) {
        if (body == null || body.length == 0) {
            throw InvalidInput.invalidJson("The request body is missing.", List.of());
        }
        try (JsonParser parser = FACTORY.createParser(body)) {
            return readTree(parser);
        } catch (IOException e) {
            throw InvalidInput.invalidJson("The request body is not valid JSON.", List.of());
        }
    }

    /** A number as people write it: whole ones without a fraction (5, not 5.0), others exactly as the double is. */
    public static BigDecimal number(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    public static String write(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, node);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
        return out.toString();
    }

    /** Parses JSON text of any shape; no content at all is the missing node. */
    public static JsonNode read(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return readTree(parser);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    /** The one value of the input (as ObjectMapper.readTree with FAIL_ON_TRAILING_TOKENS reads it). */
    private static JsonNode readTree(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return MissingNode.getInstance();
        }
        JsonNode node = readValue(parser, first);
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new IOException("trailing token " + trailing + " after the JSON value");
        }
        return node;
    }

    /**
     * The value starting at {@code token}, with the node types databind's readTree picks: int, long or big integer
     * nodes by magnitude, doubles for fractions. Recursion is bounded by the parser's nesting limit.
     */
    private static JsonNode readValue(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    object.set(name, readValue(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                JsonToken element;
                while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, element));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return NODES.numberNode(parser.getLongValue());
                    default:
                        return NODES.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                // A text parser reports no finer type for fractions: databind reads them as doubles too.
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IOException("unexpected token " + token);
        }
    }

    /** Writes the tree as ObjectMapper writes it with default settings (fields in insertion order). */
    private static void write(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT:
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    generator.writeFieldName(field.getKey());
                    write(generator, field.getValue());
                }
                generator.writeEndObject();
                return;
            case ARRAY:
                generator.writeStartArray();
                for (JsonNode element : node) {
                    write(generator, element);
                }
                generator.writeEndArray();
                return;
            case STRING:
                generator.writeString(node.textValue());
                return;
            case NUMBER:
                writeNumber(generator, node);
                return;
            case BOOLEAN:
                generator.writeBoolean(node.booleanValue());
                return;
            case NULL:
                generator.writeNull();
                return;
            case BINARY:
                generator.writeBinary(node.binaryValue());
                return;
            default:
                // POJO and missing nodes: left to data binding (no tree of the functions holds them).
                mapper().writeTree(generator, node);
        }
    }

    private static void writeNumber(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.numberType()) {
            case INT:
                generator.writeNumber(node.intValue());
                return;
            case LONG:
                generator.writeNumber(node.longValue());
                return;
            case BIG_INTEGER:
                generator.writeNumber(node.bigIntegerValue());
                return;
            case FLOAT:
                generator.writeNumber(node.floatValue());
                return;
            case DOUBLE:
                generator.writeNumber(node.doubleValue());
                return;
            default:
                generator.writeNumber(node.decimalValue());
        }
    }
}
