package cn.wenzhou.fashion.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An admin's merge of a duplicate enterprise record into the one kept, and why. */
public record MergeInput(@NotNull Long duplicateId, @NotBlank @Size(max = 2000) String reason) {
}
