package org.stepplan.paper.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepplan.experiment.Experiment;
import org.stepplan.run.Result;
import org.stepplan.run.TraceRow;

class MeasuredTest {

    /** Recording the path changes no number: the trace equals that of a plain {@code Experiment.execute}. */
    @Test
    void recordsOneWeightPerTraceRowWithoutChangingTheRun() {
        RunRequest request = PaperRuns.csaug(2);
        Measured m = Measured.run(request);
        Result plain = Experiment.execute(request.spec()).result();
        List<TraceRow> trace = m.trace();
        assertThat(trace).hasSameSizeAs(plain.trace());
        for (int i = 0; i < trace.size(); i++) {
            assertThat(trace.get(i).error()).isEqualTo(plain.trace().get(i).error());
            assertThat(trace.get(i).gradEvals()).isEqualTo(plain.trace().get(i).gradEvals());
        }
        assertThat(m.path()).hasSize(trace.size());
        assertThat(m.path().get(0)).containsExactly(-1.0, 0.0);
        assertThat(m.path().get(m.path().size() - 1)).containsExactly(m.result().w());
        double[] w5 = m.path().get(5);
        assertThat(org.stepplan.core.Vectors.distance(w5, new double[] {1, 1})).isEqualTo(trace.get(5).error());
    }

    @Test
    void aDivergedRunKeepsThePathOfItsFiniteRows() {
        Measured m = Measured.run(new RunRequest("GD 0.01", PaperRuns.ROSENBROCK, new PaperMethod.Gd(0.01),
                org.stepplan.run.StoppingRules.iterations(1000)));
        assertThat(m.result().status().label()).isEqualTo("diverged");
        assertThat(m.path()).hasSize(m.trace().size());
        assertThat(m.path()).allMatch(w -> Double.isFinite(w[0]) && Double.isFinite(w[1]));
    }

    @Test
    void theCommandIsTheStepplanRunCommandLine() {
        assertThat(PaperRuns.csaug(10).command()).isEqualTo("./stepplan run --problem rosenbrock --method csaug "
                + "--param gamma=0.001 --param horizon=10 --param projections=5 --param corrections=10 "
                + "--max-iterations 20000");
        assertThat(PaperRuns.csaug(10).id()).isEqualTo(PaperRuns.csaug(10).command());
        assertThat(PaperRuns.quadraticCsawg(2).command()).isEqualTo("./stepplan run --problem quadratic-paper "
                + "--method csawg --param gamma=0.0009 --param horizon=2 --max-iterations 20000");
        assertThat(PaperRuns.quadraticCsawgPastZero(10).command()).endsWith(" --continue-past-zero=30");
        assertThat(PaperRuns.quadraticNesterov().command()).contains(" --param lipschitz=1000 --param mu=1 ");
    }

    /** Typed values are written as the paper writes them: shortest round-trip digits, no exponent. */
    @Test
    void valuesAreWrittenInPlainShortestDigits() {
        assertThat(PaperMethod.text(0.0009)).isEqualTo("0.0009");
        assertThat(PaperMethod.text(0.00099)).isEqualTo("0.00099");
        assertThat(PaperMethod.text(1000)).isEqualTo("1000");
        assertThat(PaperMethod.text(0.9999)).isEqualTo("0.9999");
        double a = 4 / Math.pow(Math.sqrt(1000) + 1, 2);
        assertThat(Double.parseDouble(PaperMethod.text(a))).isEqualTo(a);
    }
}
