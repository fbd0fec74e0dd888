package cn.wenzhou.fashion.event;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A designer's entry: for a designer profile the submitter owns, in one of the competition's categories. */
public record EntryInput(
        @NotNull Long designerId,
        @NotBlank @Size(max = 100) String category,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        @Size(max = 10) List<@NotBlank @Size(max = 500) String> imageRefs) {
}
