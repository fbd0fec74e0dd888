package cn.wenzhou.fashion.designer;

import java.time.Instant;
import java.util.List;

import cn.wenzhou.fashion.common.Capability;
import cn.wenzhou.fashion.common.Contact;
import cn.wenzhou.fashion.common.Industry;
import cn.wenzhou.fashion.common.Location;

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
        long version) {

    /** The view of a profile, with the contact details the reader may see (null otherwise). */
    public static DesignerView of(Designer d, Contact visibleContact) {
        return new DesignerView(d.id, d.externalId, Designer.KIND, d.name, d.description, d.industries, d.capabilities,
                d.tags, d.yearsExperience, d.location, d.settled, visibleContact, d.ownerId, d.createdAt, d.updatedAt, d.version);
    }
}
