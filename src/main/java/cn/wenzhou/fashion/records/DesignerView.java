package cn.wenzhou.fashion.records;

import java.time.Instant;
import java.util.List;

import cn.wenzhou.fashion.domain.Capability;
import cn.wenzhou.fashion.domain.Contact;
import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Location;
import cn.wenzhou.fashion.domain.RecordKind;

/** A designer as the API returns it. */
public record DesignerView(
        Long id,
        String externalId,
        String kind,
        String name,
        String description,
        List<Industry> industries,
        List<Capability> capabilities,
        List<String> tags,
        Integer yearsExperience,
        Location location,
        boolean settled,
        Contact contact,
        String ownerId,
        Instant createdAt,
        Instant updatedAt,
        long version) implements RecordView {

    /** The view of a profile, with its contact details only where the reader may see them. */
    public static DesignerView of(Designer d, Disclosure shown) {
        return new DesignerView(d.id, d.externalId, RecordKind.DESIGNER.code(), d.name, d.description, d.industries, d.capabilities,
                d.tags, d.yearsExperience, d.location, d.settled, shown.contact() ? d.contact : null, shown.owner() ? d.ownerId : null, d.createdAt, d.updatedAt, d.version);
    }
}
