package org.stepplan.cli;

/** Parses comma-separated numbers given on the command line. */
final class VectorText {

    private VectorText() {
    }

    /** @throws IllegalArgumentException naming the option and the bad text */
    static double[] parse(String option, String text) {
        String[] parts = text.split(",", -1);
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": '" + parts[i].trim() + "' in '" + text
                        + "' is not a number");
            }
        }
        return v;
    }
}
