package org.stepplan.cli.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Param;
import org.stepplan.methods.Methods;
import org.stepplan.optim.MethodSpec;
import org.stepplan.problems.ProblemSpec;
import org.stepplan.problems.Problems;

/**
 * The one naming rule for parameters (README, "Parameter names"): every parameter of every registered method and
 * problem, from every module on this class path (core, the suite's peers, the learning problems), is lower
 * snake_case.
 */
class ParamNamingTest {

    @Test
    void everyMethodAndProblemParameterIsLowerSnakeCase() {
        List<String> names = new ArrayList<>();
        for (MethodSpec m : Methods.all()) {
            m.params().forEach(p -> names.add("method " + m.name() + ": " + p.name()));
        }
        for (ProblemSpec p : Problems.all()) {
            p.params().forEach(s -> names.add("problem " + p.name() + ": " + s.name()));
        }

        assertThat(names).hasSizeGreaterThan(150)
                .allSatisfy(n -> assertThat(n.substring(n.indexOf(": ") + 2)).matches(Param.NAME_PATTERN));
    }

    @Test
    void theRuleRejectsTheFormerSpellings() {
        for (String former : List.of("K", "P", "M", "L", "base-step", "zero-tolerance", "sticky-zero",
                "test-fraction", "weightDecay")) {
            assertThat(former).doesNotMatch(Param.NAME_PATTERN);
        }
    }
}
