package cn.wenzhou.fashion.event;

import java.util.Map;

import jakarta.validation.constraints.NotNull;

/** A judge's scores of an entry, 0 to 10 on each published criterion (by its name). */
public record Scores(@NotNull Map<String, Integer> scores) {
}
