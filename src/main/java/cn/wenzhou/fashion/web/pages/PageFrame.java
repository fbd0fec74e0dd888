package cn.wenzhou.fashion.web.pages;

import io.quarkus.qute.TemplateData;

/** What every page shows around its content: its words, and the link to the same page in the other language. */
@TemplateData
public record PageFrame(PageText text, String otherLanguageHref) {
}
