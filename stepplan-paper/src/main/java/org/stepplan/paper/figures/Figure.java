package org.stepplan.paper.figures;

import java.util.List;
import java.util.Objects;
import org.stepplan.paper.runs.RunRequest;
import org.stepplan.paper.runs.Runs;
import org.stepplan.plot.Plot;

/**
 * One figure of the paper: the runs it needs and how to draw them. Each panel becomes {@code <file>.png},
 * {@code .svg} and {@code .csv}.
 *
 * @param id      the paper's figure id as given to {@code --only}, e.g. {@code 3a}
 * @param title   a one-line title
 * @param shows   what the paper's figure shows, and any difference in how ours is drawn
 * @param runs    every run it draws
 * @param drawing draws the panels from the finished runs
 */
public record Figure(String id, String title, String shows, List<RunRequest> runs, Drawing drawing) {

    /** Draws a figure's panels. */
    @FunctionalInterface
    public interface Drawing {
        List<Panel> draw(Runs runs);
    }

    /**
     * One picture of a figure.
     *
     * @param file the file name without extension, e.g. {@code fig7a-evals}
     * @param plot what it shows
     */
    public record Panel(String file, Plot plot) {
    }

    public Figure {
        Objects.requireNonNull(id, "id");
        runs = List.copyOf(runs);
    }
}
