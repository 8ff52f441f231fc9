package dev.zosmfsim.scenario;

/**
 * A part of a specification that cannot be used: {@code field} is the path below the part checked (such as
 * {@code effect.trickle.every}), so that the caller can name it from its own root.
 */
public final class SpecProblem extends IllegalArgumentException {

    private final String field;

    public SpecProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** {@code root.field}, or {@code root} when the problem is with the part as a whole. */
    public String fieldUnder(String root) {
        return field == null || field.isEmpty() ? root : root + "." + field;
    }
}
