package cn.wenzhou.fashion.common;

/** One invalid field of a request, named by its path ({@code budgetMax}, {@code capabilities[0].category}). */
public record FieldError(String field, String message) {
}
