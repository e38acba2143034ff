package org.stepplan.paper.figures;

import java.util.List;

/** The registry of the paper's figures, in the paper's order. */
public final class Figures {

    private Figures() {
    }

    /** Every figure. */
    public static List<Figure> all() {
        return List.of(QuadraticFigures.figure3a(), QuadraticFigures.figure3b(), QuadraticFigures.figure4(),
                RosenbrockFigures.figure5a(), RosenbrockFigures.figure5b(), RosenbrockFigures.figure6(),
                RepeatedPlanningFigures.figure7a(), RepeatedPlanningFigures.figure7b(),
                RepeatedPlanningFigures.figure8(), ComparisonFigure.figure9());
    }

    /** The ids of every figure, for {@code --only}. */
    public static List<String> ids() {
        return all().stream().map(Figure::id).toList();
    }
}
