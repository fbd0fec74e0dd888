package cn.wenzhou.fashion.match;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.wenzhou.fashion.common.FieldError;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Lists;
import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Scope;

/** A need being typed, not stored: matched so that a form can show partners as the user writes. */
public record DraftNeed(
        @Size(max = 300) String title,
        @Size(max = 4000) String description,
        @Size(max = 30) List<@NotNull @Size(max = 50) String> keywords,
        @Size(max = 7) List<@NotNull Industry> industries,
        @Size(max = 9) List<@NotNull CapabilityCategory> categories,
        boolean useVoucher,
        Scope preferredScope) {

    /** The need to match; a 400 naming the fields when there is neither text nor a category to match on. */
    public NeedProfile toProfile() {
        var profile = new NeedProfile(title, description, Lists.copyOf(keywords), Lists.copyOf(industries),
                Lists.copyOf(categories), useVoucher, preferredScope == null ? Scope.ANY : preferredScope);
        if (profile.queryText().isBlank() && profile.categories().isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            for (String field : List.of("title", "description", "keywords", "categories")) {
                errors.add(new FieldError(field, "a draft needs some text or at least one category to match on"));
            }
            throw new InvalidFieldException(errors);
        }
        return profile;
    }
}
