package cn.wenzhou.fashion.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A judge's declared conflict of interest with an entry (a relative, a colleague, a former client). */
public record ConflictDeclaration(@NotBlank @Size(max = 1000) String reason) {
}
