package cn.wenzhou.fashion.web.pages;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/**
 * Chinese unless the reader asked otherwise: {@code ?lang=} (remembered in a cookie), then the cookie, then the
 * browser's first language of the two the pages speak.
 */
final class PageLanguage {

    static final String COOKIE = "lang";

    private PageLanguage() {
    }

    static PageText of(String requested, HttpHeaders headers) {
        if (isKnown(requested)) {
            return new PageText(requested);
        }
        var cookie = headers.getCookies().get(COOKIE);
        if (cookie != null && isKnown(cookie.getValue())) {
            return new PageText(cookie.getValue());
        }
        List<Locale> accepted = headers.getAcceptableLanguages();
        for (Locale locale : accepted) {
            if (isKnown(locale.getLanguage())) {
                return new PageText(locale.getLanguage());
            }
        }
        return new PageText(PageText.ZH);
    }

    /** The cookie remembering an explicit choice; null when the request made none. */
    static NewCookie remembered(String requested) {
        if (!isKnown(requested)) {
            return null;
        }
        return new NewCookie.Builder(COOKIE).value(requested).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
    }

    private static boolean isKnown(String lang) {
        return PageText.ZH.equals(lang) || PageText.EN.equals(lang);
    }
}
