package dev.zosmfsim.jes.jcl;

import java.util.List;

/**
 * One JCL statement, continuations joined: its number as JESJCL counts statements, the name field (empty when
 * none), the operation (JOB, EXEC, DD, IF, ELSE, ENDIF...), its operands, and the instream data that follows a
 * {@code DD *} or {@code DD DATA}.
 */
public record JclStatement(int number, String name, String operation, String operands, List<String> instream) {

    public JclStatement {
        instream = List.copyOf(instream);
    }
}
