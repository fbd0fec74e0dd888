package cn.wenzhou.fashion.records;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.RegistryRepository;
import cn.wenzhou.fashion.security.Caller;

import lombok.RequiredArgsConstructor;

/**
 * The bureau's registries as admins keep them: the voucher providers by the end of their registration, the settled
 * partners of a kind. Changes go through {@link InstitutionService} and {@link PartnerService#settle}, as the API's.
 */
@Singleton
@RequiredArgsConstructor
public class PartnerRegistry {

    private final RegistryRepository registries;
    private final Caller caller;
    private final Clock clock;

    /** A page of the voucher providers, the soonest expiry first (or the latest, {@code latestFirst}). */
    @Transactional
    public Page<RegistryEntry> voucherProviders(boolean latestFirst, int page, int size) {
        caller.requireAdmin("read the registries");
        LocalDate today = LocalDate.now(clock);
        return registries.voucherProviders(latestFirst, page, size).map(institution -> RegistryEntry.of(institution, today));
    }

    /** A page of the settled partners of a kind: institutions or designers. */
    @Transactional
    public Page<RegistryEntry> settled(RecordKind kind, int page, int size) {
        caller.requireAdmin("read the registries");
        if (!RecordKind.PARTNERS.contains(kind)) {
            throw new InvalidFieldException("kind", "must be institution or designer: only partners settle in the library");
        }
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        Class<? extends PartnerProfile> type = (Class<? extends PartnerProfile>) kind.entity();
        return registries.settled(type, page, size).map(partner -> RegistryEntry.of(partner, today));
    }
}
