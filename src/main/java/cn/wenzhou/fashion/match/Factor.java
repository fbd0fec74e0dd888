package cn.wenzhou.fashion.match;

/**
 * One factor of a match score: its weight, the value in [0, 1] it reached, and the points it gave
 * ({@code weight × value}); {@code detail} says why, in English.
 */
public record Factor(String name, double weight, double value, double contribution, String detail) {

    static Factor of(String name, double weight, double value, String detail) {
        double bounded = Math.max(0, Math.min(1, value));
        return new Factor(name, weight, round(bounded), round(weight * bounded), detail);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
