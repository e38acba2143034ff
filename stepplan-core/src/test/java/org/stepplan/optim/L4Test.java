package org.stepplan.optim;

import org.stepplan.methods.Methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stepplan.core.Objective;
import org.stepplan.core.Oracle;
import org.stepplan.core.SeparableQuadratic;

class L4Test {

    private static double minLoss(Optimizer opt) {
        return opt.snapshot().scalar("min_loss");
    }

    /*
     * l4-adam, all defaults (alpha 0.15, gamma 0.9, gamma_0 0.75, tau 1000, eps 1e-12; Adam 10/1000, eps_a 1e-4;
     * g_hat momentum 10). f(w) = 0.5 (w1^2 + 2 w2^2), w0 = (2, 1).
     *   k=1: L = 3, g = (2, 2). L_min = 0.75 * 3 = 2.25 (first step: init_factor, not min).
     *        m = 0.1 g, s = 0.001 g^2; m_hat = m/(1-0.9) = g, s_hat = s/(1-0.999) = g^2 = 4
     *        v_i = 2/(2 + 1e-4) = 0.99995000249987500625...,  g_hat = 0.1 g / 0.1 = (2, 2)
     *        <v, g_hat> = 8/2.0001 = 3.99980000999950002499...
     *        eta = 0.15 (3 - 0.9*2.25)/(3.9998000099995... + 1e-12) = 0.14625/3.99980001... = 0.0365643281249908584609...
     *        w1 = w0 - eta v = (1.96343750000000914108..., 0.96343750000000914108...)
     *        L_min = 1.001 * 2.25 = 2.25225
     *   k=2: L = 2.85575522460941056..., g = (1.96343750000000914..., 1.92687500000001828...) ; L_min stays 2.25225
     *        m = 0.9 m + 0.1 g,  s = 0.999 s + 0.001 g^2, bias corrections 1-0.9^2 = 0.19, 1-0.999^2 = 0.001999
     *        v = (0.99942613164413575..., 0.99880518300902433...), g_hat = (1.98075657894737323..., 1.96151315789474646...)
     *        <v, g_hat> = 3.93878939407171690..., eta = 0.15 (L - 0.9*2.25225)/(<v,g_hat> + 1e-12) = 0.0315603403112841361...
     *        w2 = (1.93189527116932995772..., 0.93191486851956990131...), L_min = 1.001 * 2.25225 = 2.25450225
     *   k=3: L = 2.73457499155105672..., L_min stays; corrections 1-0.9^3 = 0.271, 1-0.999^3 = 0.002997001
     *        v = (0.99864725469051245..., 0.99708782216590673...), g_hat = (1.96272657607724656..., 1.92546761514360009...)
     *        <v, g_hat> = 3.87993181794216600..., eta = 0.0272758517284358897...
     *        w3 = (1.90465631672138198746..., 0.90471844892194357695...), L_min = 2.25675675225
     * (steps 2-3: the same recurrences evaluated with 50-digit decimals)
     */
    @Test
    void adamFirstThreeStepsStartingFromThreeQuartersOfTheFirstLoss() {
        Oracle oracle = Oracle.of(new SeparableQuadratic(new double[] {1, 2}, new double[] {0, 0}));
        Optimizer opt = Methods.configure("l4-adam", Map.of()).create(2);
        double[] w = {2, 1};
        assertThat(opt.stepSize(0)).isZero();

        opt.step(w, oracle);
        Close.rel(opt.stepSize(0), 0.036564328124990858460914650722999);
        Close.weights(w, 1.9634375000000091410820312477146, 0.96343750000000914108203124771462);
        Close.rel(minLoss(opt), 2.25225);
        opt.step(w, oracle);
        Close.rel(opt.stepSize(0), 0.031560340311284136138215975780154);
        Close.weights(w, 1.9318952711693299577291968196150, 0.93191486851956990131770437687396);
        Close.rel(minLoss(opt), 2.25450225);
        opt.step(w, oracle);
        Close.rel(opt.stepSize(0), 0.027275851728435889718913597353660);
        Close.weights(w, 1.9046563167213819874662340453706, 0.90471844892194357695950711264636);
        Close.rel(minLoss(opt), 2.25675675225);
        assertThat(oracle.gradientEvaluations()).isEqualTo(3);
        assertThat(oracle.functionEvaluations()).isZero();
    }

    /*
     * A negative inner product <v, g_hat>: reachable only with a direction time scale other than g_hat's 10.
     * l4-momentum with time_momentum = 2 (direction decay 0.5); g_hat keeps decay 0.9; other parameters default.
     * Samples visited in turn: f_k(w) = 0.5 (w - c_k)^2 with c = 0, 1.7, 0. w0 = 1.
     *   k=1: L = 0.5, g = 1; L_min = 0.375; v = 1, g_hat = 1, eta = 0.15 (0.5 - 0.3375)/(1 + 1e-12)
     *        = 0.024374999999975625..., w1 = 0.975625000000024375..., L_min = 0.375375
     *   k=2: g = w1 - 1.7 = -0.724374999999975625..., L = 0.262359570312482343...; L_min = min(0.375375, L) = L
     *        direction: m = 0.5*0.5 + 0.5 g = -0.1121874999..., v = m/(1 - 0.25) = -0.149583333333317083...
     *        g_hat: m = 0.9*0.1 + 0.1 g = 0.0175625000..., g_hat = m/(1 - 0.81) = 0.0924342105263286184...
     *        <v, g_hat> = -0.0138266173245618204... < 0
     *        no guard (the code): eta = 0.15 (L - 0.9 L)/(-0.01382661... + 1e-12) = -0.284624464725798450...
     *             w2 = w1 - eta v = 0.933049923818128315..., L_min = 1.001 L = 0.262621929882794825...
     *        guard: eta = 0, w2 = w1 (L_min update as above)
     *   k=3: g = w2 (c = 0); L = w2^2/2; L_min stays 0.26262192988...
     *        no guard: v = 0.469064242181794572..., g_hat = 0.402624510634003783..., eta = 0.158001764610231869...,
     *             w3 = 0.858936945837843614...
     *        guard:    v = 0.493392857142878035..., g_hat = 0.418334870848725576..., eta = 0.174097633765831562...,
     *             w3 = 0.889726471054486343...
     *        L_min = 1.001 * 0.26262192988... = 0.262884551812677620... (both)
     */
    @Test
    void negativeInnerProductGivesANegativeEtaUnlessGuarded() {
        for (boolean guard : new boolean[] {false, true}) {
            Oracle oracle = Oracle.of(new CyclingQuadratic(new double[][] {{1}, {1}, {1}},
                    new double[][] {{0}, {1.7}, {0}}), new SplittableRandom(1));
            Optimizer opt = Methods.configure("l4-momentum",
                    Map.of("time_momentum", "2", "guard_inner_product", Boolean.toString(guard))).create(1);
            double[] w = {1};
            opt.step(w, oracle);
            Close.rel(opt.stepSize(0), 0.024374999999975625000000024375);
            Close.weights(w, 0.97562500000002437499999997562500);
            Close.rel(minLoss(opt), 0.375375);
            opt.step(w, oracle);
            if (guard) {
                assertThat(opt.stepSize(0)).isZero();
                Close.weights(w, 0.97562500000002437499999997562500);
            } else {
                Close.rel(opt.stepSize(0), -0.28462446472579845085962125796429);
                Close.weights(w, 0.93304992381812831520646675205419);
            }
            Close.rel(minLoss(opt), 0.26262192988279482570273439297166);
            opt.step(w, oracle);
            if (guard) {
                Close.rel(opt.stepSize(0), 0.17409763376583156257877332904528);
                Close.weights(w, 0.88972647105448634342351760239723);
            } else {
                Close.rel(opt.stepSize(0), 0.15800176461023186966884826675041);
                Close.weights(w, 0.85893694583784361448937251000348);
            }
            Close.rel(minLoss(opt), 0.26288455181267762052843712736464);
        }
    }

    /* PyTorch port: a NaN loss returns without a step and without touching the state (the next step is the first). */
    @Test
    void nanLossTakesNoStepAndLeavesTheStateAlone() {
        Oracle oracle = Oracle.of(new Objective() {
            private int calls;

            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double value(double[] w) {
                return 0.5 * w[0] * w[0];
            }

            @Override
            public double valueAndGradient(double[] w, double[] gradient) {
                gradient[0] = w[0];
                return ++calls == 1 ? Double.NaN : value(w);
            }
        });
        Optimizer opt = Methods.configure("l4-momentum", Map.of()).create(1);
        double[] w = {2};
        opt.step(w, oracle);
        assertThat(w[0]).isEqualTo(2.0);
        assertThat(opt.stepSize(0)).isZero();
        assertThat(opt.snapshot().scalar("t")).isZero();
        assertThat(opt.snapshot().array("gradient_mean")).containsExactly(0.0);
        // now the first real step: L = 2, L_min = 0.75 * 2 * 1.001; v = g_hat = 2,
        // eta = 0.15 (2 - 0.9 * 1.5)/(4 + 1e-12) = 0.024374999999993906..., w1 = 2 - 2 eta = 1.951250000000012187...
        opt.step(w, oracle);
        Close.rel(minLoss(opt), 1.5015);
        Close.rel(opt.stepSize(0), 0.024374999999993906250000001523);
        Close.weights(w, 1.9512500000000121875);
        assertThat(oracle.gradientEvaluations()).isEqualTo(2);
    }

    @Test
    void negativeLossFailsClearlyWithoutChangingAnything() {
        Oracle oracle = Oracle.of(new SeparableQuadratic(new double[] {1}, new double[] {0}));
        Oracle negative = Oracle.of(new Objective() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double value(double[] w) {
                return -1.0;
            }

            @Override
            public double valueAndGradient(double[] w, double[] gradient) {
                gradient[0] = 1.0;
                return -1.0;
            }
        });
        Optimizer opt = Methods.configure("l4-adam", Map.of()).create(1);
        double[] w = {2};
        assertThatThrownBy(() -> opt.step(w, negative))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("l4-adam").hasMessageContaining("non-negative").hasMessageContaining("-1.0");
        assertThat(w[0]).isEqualTo(2.0);
        assertThat(opt.snapshot().scalar("t")).isZero();
        opt.step(w, oracle); // still usable, and this is its first step: L = 2, L_min = 0.75 * 2 * 1.001
        Close.rel(minLoss(opt), 1.5015);
    }

    @Test
    void momentumAndAdamExposeOnlyTheirOwnDirectionParameters() {
        assertThat(Methods.configure("l4-adam", Map.of()).params())
                .containsKeys("time_scale_grad", "time_scale_var", "adam_epsilon").doesNotContainKey("time_momentum");
        assertThat(Methods.configure("l4-momentum", Map.of()).params())
                .containsKey("time_momentum").doesNotContainKey("time_scale_grad");
        assertThatThrownBy(() -> Methods.configure("l4-momentum", Map.of("time_scale_var", "10")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time_scale_var");
    }
}
