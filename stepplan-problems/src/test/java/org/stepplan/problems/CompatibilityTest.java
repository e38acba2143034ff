package org.stepplan.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Capability;
import org.stepplan.methods.Methods;

class CompatibilityTest {

    private static void check(String problem, Map<String, String> problemParams, String method) {
        Compatibility.check(Problems.create(problem, problemParams), Methods.configure(method, Map.of()));
    }

    @Test
    void anLmsMethodOnAProblemWithoutLinearExamplesFailsNamingBoth() {
        assertThatThrownBy(() -> check("rosenbrock", Map.of(), "idbd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("method 'idbd' needs linear least-mean-squares examples, which problem 'rosenbrock' "
                        + "does not provide");
        assertThatThrownBy(() -> check("linear-regression", Map.of("mode", "batch"), "autostep"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("method 'autostep' needs linear least-mean-squares examples, which problem "
                        + "'linear-regression' does not provide");
    }

    @Test
    void vsgdOnAProblemWithoutTheHessianDiagonalFailsNamingBoth() {
        assertThatThrownBy(() -> check("sutton1992", Map.of(), "vsgd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("method 'vsgd' needs the diagonal of the Hessian, which problem 'sutton1992' does not "
                        + "provide");
    }

    @Test
    void compatiblePairsPass() {
        assertThatCode(() -> {
            check("sutton1992", Map.of(), "idbd");
            check("sutton1992", Map.of(), "autostep");
            check("sutton1992", Map.of(), "gd");
            check("linear-regression", Map.of("mode", "online"), "idbd");
            check("linear-regression", Map.of("mode", "online"), "gd");
            check("linear-regression", Map.of(), "gd");
            check("quadratic", Map.of(), "vsgd");
            check("quadratic", Map.of("matrix", "2,1,1,3", "optimum", "0,0", "start", "1,1"), "vsgd");
            check("quadratic-paper", Map.of(), "vsgd");
            check("rosenbrock", Map.of(), "vsgd");
            check("noisy-quadratic", Map.of(), "vsgd");
            check("rosenbrock", Map.of(), "gd");
        }).doesNotThrowAnyException();
    }

    @Test
    void capabilitiesAreReadOffTheObjectivesInterfaces() {
        assertThat(Problems.create("quadratic", Map.of()).provides()).containsExactly(Capability.DIAGONAL_HESSIAN);
        assertThat(Problems.create("rosenbrock", Map.of()).provides()).containsExactly(Capability.DIAGONAL_HESSIAN);
        assertThat(Problems.create("noisy-quadratic", Map.of()).provides())
                .containsExactly(Capability.DIAGONAL_HESSIAN);
        assertThat(Problems.create("linear-regression", Map.of()).provides()).isEmpty();
        assertThat(Problems.create("linear-regression", Map.of("mode", "online")).provides())
                .containsExactly(Capability.LINEAR_EXAMPLES);
        assertThat(Problems.create("sutton1992", Map.of()).provides()).containsExactly(Capability.LINEAR_EXAMPLES);
    }
}
