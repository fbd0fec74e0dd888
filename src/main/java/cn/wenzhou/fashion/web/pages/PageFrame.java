package cn.wenzhou.fashion.web.pages;

import io.quarkus.qute.TemplateData;

/**
 * What every page shows around its content: its words, the link to the same page in the other language, and who
 * reads it (sign in or out).
 */
@TemplateData
public record PageFrame(PageText text, String otherLanguageHref, PageUser user) {

    /** The same frame, the header without its forms. */
    PageFrame withoutForms() {
        return new PageFrame(text, otherLanguageHref, user.withoutForms());
    }

    /** The same frame for a reader who just signed out. */
    PageFrame signedOut() {
        return new PageFrame(text, otherLanguageHref, new PageUser(null, "/", java.util.List.of(), null, java.util.Set.of(), true, 0));
    }
}
