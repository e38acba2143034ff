package org.stepplan.core;

import java.util.regex.Pattern;

/**
 * Strict reading of numbers given as text (command line, parameters, specs). Accepted: plain decimal and scientific
 * notation ({@code 12}, {@code -0.5}, {@code .5}, {@code 1e-6}, {@code 2.5E+3}) and, for reals, the words
 * {@code Infinity}, {@code -Infinity}, {@code +Infinity} and {@code NaN}. Rejected: whatever else Java's parsers take,
 * such as type suffixes ({@code 1d}, {@code 2f}), hexadecimal ({@code 0x1p-10}), blanks around the digits.
 */
public final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern WORD = Pattern.compile("[+-]?Infinity|NaN");

    private Numbers() {
    }

    /** True when {@code text} is a number this class reads as a real. */
    public static boolean isReal(String text) {
        return DECIMAL.matcher(text).matches() || WORD.matcher(text).matches();
    }

    /**
     * {@code text} as a double.
     *
     * @throws NumberFormatException when it is not plain decimal, scientific notation or one of the words
     */
    public static double real(String text) {
        if (!isReal(text)) {
            throw new NumberFormatException(text);
        }
        return Double.parseDouble(text);
    }

    /**
     * {@code text} as a long: optional sign and decimal digits only.
     *
     * @throws NumberFormatException otherwise, or when it is out of range
     */
    public static long integer(String text) {
        if (!INTEGER.matcher(text).matches()) {
            throw new NumberFormatException(text);
        }
        return Long.parseLong(text);
    }
}
