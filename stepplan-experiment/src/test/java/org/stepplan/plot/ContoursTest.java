package org.stepplan.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContoursTest {

    /** The level set x² + y² = r² is a circle: every contour point lies on it, up to the grid's interpolation. */
    @Test
    void contourPointsOfACircleLieOnTheCircle() {
        Plot.Frame frame = new Plot.Frame(-2, 2, -2, 2);
        List<Series> lines = Contours.of(w -> w[0] * w[0] + w[1] * w[1], frame, 200, new double[] {1.0, 2.25});
        assertThat(lines).hasSize(2);
        double[] radius = {1.0, 1.5};
        for (int l = 0; l < 2; l++) {
            Series s = lines.get(l);
            assertThat(s.look().inLegend()).isFalse();
            int points = 0;
            for (int i = 0; i < s.size(); i++) {
                if (Double.isNaN(s.x(i))) {
                    assertThat(s.y(i)).isNaN(); // a break between segments
                    continue;
                }
                points++;
                assertThat(Math.hypot(s.x(i), s.y(i))).isCloseTo(radius[l], within(1e-3));
            }
            assertThat(points).isGreaterThan(100);
        }
    }

    @Test
    void aLevelOutsideTheRangeDrawsNothing() {
        assertThat(Contours.of(w -> 1.0, new Plot.Frame(0, 1, 0, 1), 10, new double[] {5})).isEmpty();
    }

    @Test
    void logLevelsAreGeometric() {
        assertThat(Contours.logLevels(0.01, 100, 5)).containsExactly(new double[] {0.01, 0.1, 1, 10, 100},
                within(1e-12));
    }
}
