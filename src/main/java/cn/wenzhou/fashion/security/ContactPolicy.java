package cn.wenzhou.fashion.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.domain.CooperationRepository;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.RecordKind;

import lombok.RequiredArgsConstructor;

/**
 * Who sees a profile's contact details (person, phone, e-mail): its owner, admins, and the other party of a
 * cooperation with it that was accepted. Decided once for a page of profiles: one query, not one per row.
 * Search results and the indexes never hold contact details, whoever asks.
 */
@Singleton
@RequiredArgsConstructor
public class ContactPolicy {

    private final Caller caller;
    private final CooperationRepository cooperations;

    /** Which of these profiles (all of one kind) the caller may see the contact details of. */
    public Predicate<LibraryRecord> visibleAmong(Collection<? extends LibraryRecord> profiles) {
        if (caller.isAdmin()) {
            return profile -> true;
        }
        Set<Long> counterparts = new HashSet<>();
        List<Long> others = profiles.stream().filter(p -> !caller.owns(p)).map(p -> p.id).toList();
        if (caller.signedIn() && !others.isEmpty() && !caller.parties().profiles().isEmpty()) {
            RecordKind kind = RecordKind.of(profiles.iterator().next());
            counterparts.addAll(cooperations.acceptedCounterparts(caller.parties().profiles(), kind, others));
        }
        return profile -> caller.owns(profile) || counterparts.contains(profile.id);
    }
}
