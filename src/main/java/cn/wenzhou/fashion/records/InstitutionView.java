package cn.wenzhou.fashion.institution;

import java.time.Instant;
import java.util.List;

import cn.wenzhou.fashion.common.Capability;
import cn.wenzhou.fashion.common.Contact;
import cn.wenzhou.fashion.common.Industry;
import cn.wenzhou.fashion.common.InstitutionType;
import cn.wenzhou.fashion.common.Location;

/** An institution as the API returns it. */
public record InstitutionView(
        Long id,
        String externalId,
        String kind,
        String name,
        String nameEn,
        InstitutionType type,
        String description,
        List<Industry> industries,
        List<Capability> capabilities,
        List<String> tags,
        Location location,
        boolean voucherProvider,
        boolean settled,
        Contact contact,
        String ownerId,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** The view of a profile, with the contact details the reader may see (null otherwise). */
    public static InstitutionView of(Institution i, Contact visibleContact) {
        return new InstitutionView(i.id, i.externalId, Institution.KIND, i.name, i.nameEn, i.type, i.description,
                i.industries, i.capabilities, i.tags, i.location, i.voucherProvider, i.settled, visibleContact, i.ownerId,
                i.createdAt, i.updatedAt, i.version);
    }
}
