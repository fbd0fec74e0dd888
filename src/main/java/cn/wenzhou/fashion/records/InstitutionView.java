package cn.wenzhou.fashion.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.wenzhou.fashion.domain.Capability;
import cn.wenzhou.fashion.domain.Contact;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.InstitutionType;
import cn.wenzhou.fashion.domain.Location;
import cn.wenzhou.fashion.domain.RecordKind;

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
        LocalDate voucherProviderUntil,
        boolean settled,
        Contact contact,
        String ownerId,
        Instant createdAt,
        Instant updatedAt,
        long version) implements RecordView {

    /** The view of a profile, with its contact details only where the reader may see them. */
    public static InstitutionView of(Institution i, Disclosure shown) {
        return new InstitutionView(i.id, i.externalId, RecordKind.INSTITUTION.code(), i.name, i.nameEn, i.type, i.description,
                i.industries, i.capabilities, i.tags, i.location, i.voucherProvider, i.voucherProviderUntil, i.settled, shown.contact() ? i.contact : null, shown.owner() ? i.ownerId : null,
                i.createdAt, i.updatedAt, i.version);
    }
}
