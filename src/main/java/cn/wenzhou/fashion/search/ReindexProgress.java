package cn.wenzhou.fashion.search;

import java.time.Instant;
import java.util.List;

/**
 * How the latest reindex of this instance goes, as its mass indexer reports it.
 *
 * @param documentsDone documents written to the indexes so far
 * @param documentsTotal records to index, counted as each kind starts (so it grows while the first kinds run)
 * @param kindsFinished the codes of the kinds whose records are all indexed ({@code institution}...)
 * @param millis how long the whole reindex took, merging included; null while it runs
 * @param failure why it failed; null unless it did
 */
public record ReindexProgress(boolean running, long documentsDone, long documentsTotal, List<String> kindsFinished, Instant startedAt,
        Instant finishedAt, Long millis, String failure) {

    /** Documents done out of 100, 100 once the total is reached (0 while nothing is counted yet). */
    public int percent() {
        return documentsTotal == 0 ? 0 : (int) Math.min(100, documentsDone * 100 / documentsTotal);
    }
}
