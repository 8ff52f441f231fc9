package dev.zosmfsim.scenario;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Takes a node that cannot be bound out of a scenario's tree, so that binding can go on and find the next problem. */
final class UnboundNodes {

    /** At most this many binding problems are reported for one file. */
    static final int MAX_PROBLEMS = 100;

    private UnboundNodes() {
    }

    /** Removes the node a binding error's path names; false when there is none to remove. */
    static boolean remove(JsonNode root, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (JsonMappingException.Reference step : path.subList(0, path.size() - 1)) {
            parent = step.getFieldName() != null ? parent.get(step.getFieldName())
                    : step.getIndex() >= 0 ? parent.get(step.getIndex()) : null;
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last.getFieldName() != null && object.has(last.getFieldName())) {
            object.remove(last.getFieldName());
            return true;
        }
        if (parent instanceof ArrayNode array && last.getIndex() >= 0 && last.getIndex() < array.size()) {
            array.remove(last.getIndex());
            return true;
        }
        return false;
    }
}
