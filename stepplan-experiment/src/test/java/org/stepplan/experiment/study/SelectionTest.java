package org.stepplan.experiment.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectionTest {

    @Test
    void noLearningProblemsGivenMeansAllInTheStudysOrder() {
        PlanningStudy.Selection s = new PlanningStudy.Selection(Set.of(5), Map.of(), null);
        assertThat(s.learningProblems()).containsExactly("logistic/breast-cancer", "softmax/digits", "mlp/digits",
                "softmax/fashion-mnist");
        assertThat(s.has(5)).isTrue();
        assertThat(s.has(4)).isFalse();
    }

    @Test
    void anUnknownLearningProblemIsRefusedNamingIt() {
        assertThatThrownBy(() -> new PlanningStudy.Selection(Set.of(5), Map.of(), List.of("softmax/iris")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'softmax/iris'");
    }

    @Test
    void aBadPlanParameterIsRefusedNamingIt() {
        assertThatThrownBy(() -> new PlanningStudy.Selection(Set.of(4), Map.of("alignment", "2"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alignment");
        assertThatThrownBy(() -> new PlanningStudy.Selection(Set.of(4), Map.of("horizon", "-1"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon");
    }
}
