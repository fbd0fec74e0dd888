package cn.wenzhou.fashion.search;

import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.security.Caller;

import lombok.RequiredArgsConstructor;

/**
 * The kinds a search may return to the caller: needs are for admins and users with a granted kind only. Events
 * are searched when asked for by the kind filter ({@code kind=event}) only: the library's search finds partners
 * and needs, and its results, judged for relevance, stay what they were without a calendar of events among them.
 */
@Singleton
@RequiredArgsConstructor
public class SearchableKinds {

    private static final List<Class<? extends LibraryRecord>> WITH_NEEDS = entities(kind -> kind != RecordKind.EVENT);
    private static final List<Class<? extends LibraryRecord>> PUBLIC = entities(kind -> kind != RecordKind.NEED && kind != RecordKind.EVENT);
    private static final List<Class<? extends LibraryRecord>> WITH_NEEDS_AND_EVENTS = entities(kind -> true);
    private static final List<Class<? extends LibraryRecord>> PUBLIC_AND_EVENTS = entities(kind -> kind != RecordKind.NEED);

    private final Caller caller;

    /** The kinds of the library's search: partners and enterprises, and needs for those who read them. */
    public List<Class<? extends LibraryRecord>> forCaller() {
        return caller.readsNeeds() ? WITH_NEEDS : PUBLIC;
    }

    /** As {@link #forCaller()}, with events when the kind filter selects them. */
    public List<Class<? extends LibraryRecord>> forCaller(Map<Facet, List<String>> filters) {
        if (!withEvents(filters)) {
            return forCaller();
        }
        return caller.readsNeeds() ? WITH_NEEDS_AND_EVENTS : PUBLIC_AND_EVENTS;
    }

    /**
     * The kinds a reader of needs searches with these filters: what a saved search runs over, whoever saved it (what
     * its owner may not see is withheld when it is delivered).
     */
    public static List<Class<? extends LibraryRecord>> forReaderOfNeeds(Map<Facet, List<String>> filters) {
        return withEvents(filters) ? WITH_NEEDS_AND_EVENTS : WITH_NEEDS;
    }

    private static boolean withEvents(Map<Facet, List<String>> filters) {
        return filters.getOrDefault(Facet.KIND, List.of()).contains(RecordKind.EVENT.code());
    }

    private static List<Class<? extends LibraryRecord>> entities(java.util.function.Predicate<RecordKind> included) {
        return RecordKind.INDEXED.stream().filter(included).<Class<? extends LibraryRecord>>map(RecordKind::entity).toList();
    }
}
