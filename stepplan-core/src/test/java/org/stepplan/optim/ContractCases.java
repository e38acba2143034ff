package org.stepplan.optim;

import java.util.List;
import java.util.Map;

/** One {@link ContractCase} per registered method; the suite fails if a registered method has none. */
final class ContractCases {

    private ContractCases() {
    }

    static List<ContractCase> all() {
        return List.of(
                ContractCase.onQuadratic("gd", Map.of("gamma", "0.1"), 10, 1, 0, "gamma", "-1"),
                ContractCase.onQuadratic("heavy-ball", Map.of("a", "0.1", "p", "0.5"), 10, 1, 0, "p", "1.5"),
                ContractCase.onQuadratic("nesterov", Map.of("L", "3", "mu", "1"), 10, 1, 0, "L", "0"),
                ContractCase.onQuadratic("nesterov-schedule", Map.of("L", "3"), 10, 1, 0, "L", "NaN"),
                ContractCase.onQuadratic("csawg", Map.of("gamma", "0.1", "K", "2"), 10, 1, 0, "K", "0"),
                ContractCase.onQuadratic("csaug", Map.of("gamma", "0.1", "K", "2", "P", "2", "M", "3"), 10, 1, 0,
                        "M", "-1"),
                ContractCase.onQuadratic("sgd", Map.of("lr", "0.1", "momentum", "0.5", "nesterov", "true"), 10, 1,
                        0, "momentum", "-0.5"),
                ContractCase.onQuadratic("adam", Map.of("lr", "0.5", "amsgrad", "false"), 20, 1, 0, "beta1", "1.0"),
                ContractCase.onQuadratic("adamw", Map.of("lr", "0.5", "weight_decay", "0.01"), 20, 1, 0, "eps",
                        "-1.0"),
                ContractCase.onQuadratic("amsgrad", Map.of("lr", "0.5"), 20, 1, 0, "beta2", "-0.1"),
                ContractCase.onQuadratic("rmsprop", Map.of("lr", "0.1", "alpha", "0.9"), 20, 1, 0, "alpha", "1.5"),
                ContractCase.onQuadratic("adagrad", Map.of("lr", "0.5"), 20, 1, 0, "lr_decay", "-0.1"),
                ContractCase.onQuadratic("sgd-hd", Map.of("lr", "0.1", "hypergrad_lr", "0.001"), 10, 1, 0,
                        "hypergrad_lr", "NaN"),
                ContractCase.onQuadratic("sgdn-hd", Map.of("lr", "0.1", "hypergrad_lr", "0.001"), 10, 1, 0,
                        "momentum", "0.0"),
                ContractCase.onQuadratic("adam-hd", Map.of("lr", "0.5", "hypergrad_lr", "1e-3"), 20, 1, 0,
                        "weight_decay", "-1.0"));
    }
}
