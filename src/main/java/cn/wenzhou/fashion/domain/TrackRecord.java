package cn.wenzhou.fashion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A partner's completed cooperations and the ratings enterprises gave them, kept as counters on the
 * partner's row so that matching reads them with the partner, without a query per candidate.
 */
@Embeddable
public record TrackRecord(
        @Column(nullable = false, updatable = false) int completed,
        @Column(nullable = false, updatable = false) int ratings,
        @Column(nullable = false, updatable = false) int ratingSum) {
    public static final TrackRecord NONE = new TrackRecord(0, 0, 0);
    /** Before any cooperation is completed: neither a bonus nor a penalty. */
    public static final double NEUTRAL = 0.5;
    /** Completed cooperations that count as much as the neutral prior. */
    private static final double PRIOR_WEIGHT = 2;

    /** Average rating from 1 to 5, or 0 without ratings. */
    public double averageRating() {
        return ratings == 0 ? 0 : (double) ratingSum / ratings;
    }

    /**
     * In [0, 1]: neutral without completions, moving toward the rating's quality (1 star = 0, 5 stars = 1;
     * completed but unrated counts as 0.75) as completions accumulate.
     */
    public double value() {
        double quality = ratings == 0 ? 0.75 : (averageRating() - 1) / 4;
        double confidence = completed / (completed + PRIOR_WEIGHT);
        return (1 - confidence) * NEUTRAL + confidence * quality;
    }

    public String describe() {
        if (completed == 0) {
            return "no completed cooperation yet: neutral";
        }
        return completed + " completed cooperation" + (completed == 1 ? "" : "s")
                + (ratings == 0 ? ", not rated yet" : ", average rating %.1f/5 from %d rating%s".formatted(averageRating(), ratings, ratings == 1 ? "" : "s"));
    }
}
