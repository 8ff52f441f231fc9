package dev.zosmfsim.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading a body and binding it in one pass refuses what reading it as a tree and then binding the tree refuses,
 * and sorts it the same way: text that is not JSON apart from what does not fit the record.
 */
class JsonWriterReadTest {

    record Body(String cmd, Integer count) {
    }

    private final JsonWriter json = new JsonWriter();

    static java.util.stream.Stream<String> notJson() {
        return java.util.stream.Stream.of("{\"cmd\":\"D T\"", "{\"cmd\":\"D T\",\"cmd\":\"D A\"}",
                "{\"cmd\":\"D T\"} {}", "{\"cmd\":\"D T\"} x", "{\"count\":1" + "0".repeat(1200) + "}",
                "{\"cmd\":'D T'}");
    }

    @ParameterizedTest
    @MethodSource("notJson")
    void whatIsNotJsonIsMalformedBothWays(String text) {
        assertThrows(JsonProcessingException.class, () -> json.readObject(text));
        assertThrows(JsonProcessingException.class, () -> json.read(text, Body.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"cmd\":1}", "{\"bogus\":true}", "{\"count\":\"3\"}", "{\"count\":99999999999}",
        "{\"count\":1.5}"})
    void whatDoesNotFitIsTheSameBindingProblemBothWays(String text) throws Exception {
        JsonWriter.BindingProblem viaTree = assertThrows(JsonWriter.BindingProblem.class,
                () -> json.bind(json.readObject(text), Body.class));
        JsonWriter.BindingProblem direct = assertThrows(JsonWriter.BindingProblem.class,
                () -> json.read(text, Body.class));
        assertEquals(viaTree.getMessage(), direct.getMessage());
        assertEquals(viaTree.field(), direct.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"cmd\":\"D T\"}", " \r\n{\"cmd\":\"D T\",\"count\":2}\n", "{}"})
    void whatFitsIsTheSameRecordBothWays(String text) throws Exception {
        assertEquals(json.bind(json.readObject(text), Body.class), json.read(text, Body.class));
    }
}
