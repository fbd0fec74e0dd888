package cn.wenzhou.fashion.cooperation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One side's rating (1 to 5) of the other side of a completed cooperation. */
public record RatingInput(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2000) String comment) {
}
