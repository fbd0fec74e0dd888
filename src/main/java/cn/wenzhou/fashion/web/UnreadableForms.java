package cn.wenzhou.fashion.web;

import java.util.List;

/**
 * Failures of Quarkus REST's own reading of a form's body, which it throws as plain exceptions (an
 * {@code IllegalArgumentException} for broken percent-encoding, an {@code ArrayIndexOutOfBoundsException} for a pair
 * without '=', a {@code RuntimeException} past 1,000 fields, an {@code UnsupportedEncodingException} for an unknown
 * charset, an {@code IOException} for a multipart body cut short): each is the client's broken body, a 400. They are
 * told apart from the service's own failures by where they were thrown: in one of Quarkus REST's form readers, before
 * any frame of the service.
 */
final class UnreadableForms {

    /** The form readers: url-encoded and multipart fields ({@code @FormParam}, {@code @RestForm}) and a form read as a map. */
    private static final List<String> READERS = List.of("org.jboss.resteasy.reactive.server.core.multipart.",
            "org.jboss.resteasy.reactive.common.providers.serialisers.MapAsFormUrlEncodedProvider",
            "org.jboss.resteasy.reactive.common.providers.serialisers.MessageReaderUtil");
    private static final String SERVICE = "cn.wenzhou.fashion.";

    private UnreadableForms() {
    }

    static boolean isUnreadableForm(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith(SERVICE)) {
                return false;
            }
            if (READERS.stream().anyMatch(type::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
