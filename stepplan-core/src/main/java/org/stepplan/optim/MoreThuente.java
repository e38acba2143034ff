package org.stepplan.optim;

/**
 * The Moré-Thuente line search (J. J. Moré and D. J. Thuente, "Line search algorithms with guaranteed sufficient
 * decrease", ACM TOMS 20(3), 1994), a line-by-line port of MINPACK-2's {@code dcsrch} and {@code dcstep} (the routine
 * SciPy's L-BFGS-B calls), in reverse communication: the caller evaluates phi(stp) = f(x + stp d) and
 * phi'(stp) = grad f(x + stp d)·d at every step this class asks for.
 *
 * <pre>
 * find stp &gt; 0 with the strong Wolfe conditions
 *     phi(stp) &lt;= phi(0) + ftol stp phi'(0)          (sufficient decrease)
 *     |phi'(stp)| &lt;= gtol |phi'(0)|                   (curvature)
 * keeping an interval [stx, sty] that contains such a step once bracketed; each new trial comes from dcstep's
 * cubic / quadratic safeguarded interpolation (four cases), on the modified function
 * psi(stp) = phi(stp) - phi(0) - ftol stp phi'(0) until psi(stp) &lt;= 0 and phi'(stp) &gt;= 0 (stage 1)
 * </pre>
 *
 * <p>Allocation-free: one instance serves every line search of its owner.
 */
final class MoreThuente {

    /** What the caller does next. */
    enum Task {
        /** Evaluate phi and phi' at {@link #step()} and call {@link #iterate} again. */
        EVALUATE,
        /** The strong Wolfe conditions hold at the last evaluated step. */
        CONVERGED,
        /** The search cannot progress (rounding errors, interval below xtol, stp at stpmin or stpmax). */
        WARNING
    }

    private static final double XTRAPL = 1.1;
    private static final double XTRAPU = 4.0;
    private static final double P5 = 0.5;
    private static final double P66 = 0.66;

    private final double ftol;
    private final double gtol;
    private final double xtol;
    private final double stpmin;
    private final double stpmax;

    private boolean brackt;
    private int stage;
    private double ginit;
    private double gtest;
    private double gx;
    private double gy;
    private double finit;
    private double fx;
    private double fy;
    private double stx;
    private double sty;
    private double stmin;
    private double stmax;
    private double width;
    private double width1;
    private double stp;

    /**
     * @param ftol   the sufficient-decrease constant c1
     * @param gtol   the curvature constant c2 (ftol &lt; gtol &lt; 1)
     * @param xtol   the relative interval width below which the search gives up
     * @param stpmin the smallest step
     * @param stpmax the largest step
     */
    MoreThuente(double ftol, double gtol, double xtol, double stpmin, double stpmax) {
        this.ftol = ftol;
        this.gtol = gtol;
        this.xtol = xtol;
        this.stpmin = stpmin;
        this.stpmax = stpmax;
    }

    /** The step to evaluate next (or, after CONVERGED / WARNING, the step the search ended at). */
    double step() {
        return stp;
    }

    /**
     * Starts a search from phi(0) = {@code f0}, phi'(0) = {@code g0} &lt; 0 with first trial {@code stp0}; the caller then
     * evaluates at {@link #step()}.
     */
    void start(double f0, double g0, double stp0) {
        brackt = false;
        stage = 1;
        finit = f0;
        ginit = g0;
        gtest = ftol * ginit;
        width = stpmax - stpmin;
        width1 = width / P5;
        stx = 0;
        fx = finit;
        gx = ginit;
        sty = 0;
        fy = finit;
        gy = ginit;
        stmin = 0;
        stp = Math.min(Math.max(stp0, stpmin), stpmax);
        stmax = stp + XTRAPU * stp;
    }

    /** One pass of dcsrch with phi({@link #step()}) = {@code f} and phi'({@link #step()}) = {@code g}. */
    Task iterate(double f, double g) {
        double ftest = finit + stp * gtest;
        if (stage == 1 && f <= ftest && g >= 0) {
            stage = 2;
        }
        if (f <= ftest && Math.abs(g) <= gtol * (-ginit)) {
            return Task.CONVERGED;
        }
        if ((brackt && (stp <= stmin || stp >= stmax)) || (brackt && stmax - stmin <= xtol * stmax)
                || (stp == stpmax && f <= ftest && g <= gtest) || (stp == stpmin && (f > ftest || g >= gtest))) {
            return Task.WARNING;
        }
        if (stage == 1 && f <= fx && f > ftest) { // the modified function psi while no step satisfies stage 2
            double fm = f - stp * gtest;
            double fxm = fx - stx * gtest;
            double fym = fy - sty * gtest;
            double gm = g - gtest;
            double gxm = gx - gtest;
            double gym = gy - gtest;
            dcstep(fxm, gxm, fym, gym, fm, gm); // leaves the updated modified values in fx, gx, fy, gy
            fx = fx + stx * gtest;
            fy = fy + sty * gtest;
            gx = gx + gtest;
            gy = gy + gtest;
        } else {
            dcstep(fx, gx, fy, gy, f, g);
        }
        if (brackt) { // force a sufficient decrease of the interval
            if (Math.abs(sty - stx) >= P66 * width1) {
                stp = stx + P5 * (sty - stx);
            }
            width1 = width;
            width = Math.abs(sty - stx);
            stmin = Math.min(stx, sty);
            stmax = Math.max(stx, sty);
        } else {
            stmin = stp + XTRAPL * (stp - stx);
            stmax = stp + XTRAPU * (stp - stx);
        }
        stp = Math.min(Math.max(stp, stpmin), stpmax);
        if (brackt && (stp <= stmin || stp >= stmax || stmax - stmin <= xtol * stmax)) {
            stp = stx; // no further progress is possible: the best step so far
        }
        return Task.EVALUATE;
    }

    /**
     * MINPACK-2 {@code dcstep}: the safeguarded step from the interval end points (stx, fx, dx), (sty, fy, dy) and the
     * trial (stp, fp, dp); updates the interval (through the fields stx, sty, their values passed in as arguments
     * and written back) and stp.
     */
    private void dcstep(double fxIn, double dxIn, double fyIn, double dyIn, double fp, double dp) {
        double dx = dxIn;
        double dy = dyIn;
        double sgnd = dp * (dx / Math.abs(dx));
        double stpf;
        if (fp > fxIn) { // case 1: higher function value; the minimum is bracketed
            double theta = 3.0 * (fxIn - fp) / (stp - stx) + dx + dp;
            double s = max3(Math.abs(theta), Math.abs(dx), Math.abs(dp));
            double gamma = s * Math.sqrt((theta / s) * (theta / s) - (dx / s) * (dp / s));
            if (stp < stx) {
                gamma = -gamma;
            }
            double p = (gamma - dx) + theta;
            double q = ((gamma - dx) + gamma) + dp;
            double r = p / q;
            double stpc = stx + r * (stp - stx);
            double stpq = stx + ((dx / ((fxIn - fp) / (stp - stx) + dx)) / 2.0) * (stp - stx);
            stpf = Math.abs(stpc - stx) < Math.abs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2.0;
            brackt = true;
        } else if (sgnd < 0.0) { // case 2: lower value, derivatives of opposite sign; bracketed
            double theta = 3.0 * (fxIn - fp) / (stp - stx) + dx + dp;
            double s = max3(Math.abs(theta), Math.abs(dx), Math.abs(dp));
            double gamma = s * Math.sqrt((theta / s) * (theta / s) - (dx / s) * (dp / s));
            if (stp > stx) {
                gamma = -gamma;
            }
            double p = (gamma - dp) + theta;
            double q = ((gamma - dp) + gamma) + dx;
            double r = p / q;
            double stpc = stp + r * (stx - stp);
            double stpq = stp + (dp / (dp - dx)) * (stx - stp);
            stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
            brackt = true;
        } else if (Math.abs(dp) < Math.abs(dx)) { // case 3: lower value, same sign, derivative decreases
            double theta = 3.0 * (fxIn - fp) / (stp - stx) + dx + dp;
            double s = max3(Math.abs(theta), Math.abs(dx), Math.abs(dp));
            double gamma = s * Math.sqrt(Math.max(0.0, (theta / s) * (theta / s) - (dx / s) * (dp / s)));
            if (stp > stx) {
                gamma = -gamma;
            }
            double p = (gamma - dp) + theta;
            double q = (gamma + (dx - dp)) + gamma;
            double r = p / q;
            double stpc;
            if (r < 0.0 && gamma != 0.0) {
                stpc = stp + r * (stx - stp);
            } else if (stp > stx) {
                stpc = stmax;
            } else {
                stpc = stmin;
            }
            double stpq = stp + (dp / (dp - dx)) * (stx - stp);
            if (brackt) {
                stpf = Math.abs(stpc - stp) < Math.abs(stpq - stp) ? stpc : stpq;
                stpf = stp > stx ? Math.min(stp + P66 * (sty - stp), stpf) : Math.max(stp + P66 * (sty - stp), stpf);
            } else {
                stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
                stpf = Math.max(stmin, Math.min(stmax, stpf));
            }
        } else { // case 4: lower value, same sign, derivative does not decrease
            if (brackt) {
                double theta = 3.0 * (fp - fyIn) / (sty - stp) + dy + dp;
                double s = max3(Math.abs(theta), Math.abs(dy), Math.abs(dp));
                double gamma = s * Math.sqrt((theta / s) * (theta / s) - (dy / s) * (dp / s));
                if (stp > sty) {
                    gamma = -gamma;
                }
                double p = (gamma - dp) + theta;
                double q = ((gamma - dp) + gamma) + dy;
                double r = p / q;
                stpf = stp + r * (sty - stp);
            } else {
                stpf = stp > stx ? stmax : stmin;
            }
        }
        // the new interval
        if (fp > fxIn) {
            sty = stp;
            fy = fp;
            gy = dp;
            fx = fxIn;
            gx = dx;
        } else {
            if (sgnd < 0.0) {
                sty = stx;
                fy = fxIn;
                gy = dx;
            } else {
                fy = fyIn;
                gy = dy;
            }
            stx = stp;
            fx = fp;
            gx = dp;
        }
        stp = stpf;
    }

    private static double max3(double a, double b, double c) {
        return Math.max(a, Math.max(b, c));
    }
}
