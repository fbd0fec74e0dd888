package cn.wenzhou.fashion.event;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.wenzhou.fashion.domain.CompetitionEntry;

/** An entry of a competition; its score and rank once the results are published. */
public record EntryView(Long id, Long eventId, Long designerId, String designerName, String category, String title,
        String description, List<String> imageRefs, OffsetDateTime submittedAt, BigDecimal score, Integer rank) {

    static EntryView of(CompetitionEntry e) {
        return new EntryView(e.id, e.event.id, e.designer.id, e.designer.name, e.category, e.title, e.description, e.imageRefs,
                EventView.wenzhou(e.submittedAt), e.score, e.rank);
    }
}
