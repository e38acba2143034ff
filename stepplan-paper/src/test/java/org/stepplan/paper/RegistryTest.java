package org.stepplan.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepplan.paper.claims.Claim;
import org.stepplan.paper.claims.Claims;
import org.stepplan.paper.figures.Figures;
import org.stepplan.paper.runs.RunRequest;

class RegistryTest {

    @Test
    void figuresAreThePapersInOrder() {
        assertThat(Figures.ids()).containsExactly("3a", "3b", "4", "5a", "5b", "6", "7a", "7b", "8", "9");
    }

    @Test
    void everyClaimHasAUniqueIdAndBelongsToAFigure() {
        List<Claim> claims = Claims.all();
        assertThat(claims).extracting(Claim::id).doesNotHaveDuplicates();
        assertThat(claims).allSatisfy(c -> assertThat(Figures.ids()).contains(c.figure()));
        assertThat(claims).allSatisfy(c -> assertThat(c.quote()).isNotBlank());
    }

    @Test
    void sharedRunsArePlannedOnce() {
        List<RunRequest> plan = Reproduction.plan(Figures.all(), Claims.all());
        assertThat(plan).extracting(RunRequest::id).doesNotHaveDuplicates();
        // quadratic: 7 runs and 4 continued past zero error; Rosenbrock: 4 GD, 6 Csawg, 3 Csaug, 2 heavy ball,
        // 12 RMSprop, 18 Adam
        assertThat(plan).hasSize(7 + 4 + 4 + 6 + 3 + 2 + 12 + 18);
    }
}
