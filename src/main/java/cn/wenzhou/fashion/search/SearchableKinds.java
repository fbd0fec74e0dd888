package cn.wenzhou.fashion.search;

import java.util.List;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.security.Caller;

import lombok.RequiredArgsConstructor;

/** The kinds a search may return to the caller: needs are for admins and users with a granted kind only. */
@Singleton
@RequiredArgsConstructor
public class SearchableKinds {

    private static final List<Class<? extends LibraryRecord>> WITH_NEEDS = RecordKind.INDEXED.stream()
            .<Class<? extends LibraryRecord>>map(RecordKind::entity).toList();
    private static final List<Class<? extends LibraryRecord>> PUBLIC = RecordKind.INDEXED.stream().filter(kind -> kind != RecordKind.NEED)
            .<Class<? extends LibraryRecord>>map(RecordKind::entity).toList();

    private final Caller caller;

    public List<Class<? extends LibraryRecord>> forCaller() {
        return caller.readsNeeds() ? WITH_NEEDS : PUBLIC;
    }
}
