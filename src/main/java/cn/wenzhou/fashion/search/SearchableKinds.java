package cn.wenzhou.fashion.search;

import java.util.List;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.security.Caller;

/** The kinds a search may return to the caller: needs are for signed-in users only. */
@Singleton
public class SearchableKinds {

    private static final List<Class<? extends LibraryRecord>> PUBLIC = List.of(Institution.class, Designer.class, Enterprise.class);
    private static final List<Class<? extends LibraryRecord>> SIGNED_IN = List.of(Institution.class, Designer.class, Enterprise.class, Need.class);

    private final Caller caller;

    public SearchableKinds(Caller caller) {
        this.caller = caller;
    }

    public List<Class<? extends LibraryRecord>> forCaller() {
        return caller.signedIn() ? SIGNED_IN : PUBLIC;
    }
}
