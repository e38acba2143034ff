package org.stepplan.run;

import java.util.Arrays;
import java.util.Map;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.methods.Methods;
import org.stepplan.optim.OptimizerConfig;
import org.stepplan.run.Minimizer;
import org.stepplan.run.Monitor;
import org.stepplan.run.Result;
import org.stepplan.run.StoppingRules;

public class QuickStart {

    public static void main(String[] args) {
        // Rosenbrock f(w) = (w1 - 1)^2 + 100 (w2 - w1^2)^2: the lambda writes the gradient into g, returns f
        Objective rosenbrock = Objective.of(2, (w, g) -> {
            double a = w[0] - 1;
            double b = w[1] - w[0] * w[0];
            g[0] = 2 * a - 400 * w[0] * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        });
        OptimizerConfig csaug = Methods.configure("csaug", Map.of());   // by name, the paper's defaults
        Oracle oracle = Oracle.of(rosenbrock);                          // counts every evaluation
        Result r = Minimizer.minimize(oracle, csaug, new double[] {-1, 0},
                Monitor.of(rosenbrock, null),                           // loss only: no optimum needed
                StoppingRules.maxGradEvals(5000).withTargetLoss(0));    // a gradient budget; stop at f = 0
        System.out.println(r.status().label() + " after " + r.gradEvals() + " gradient evaluations: f = "
                + r.loss() + " at w = " + Arrays.toString(r.w()));
    }
}
