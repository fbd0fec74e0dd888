package cn.wenzhou.fashion.settlement;

import jakarta.validation.constraints.Size;

import cn.wenzhou.fashion.common.InvalidFieldException;

/** An admin's reason for a decision: optional to approve, required to reject or withdraw. */
public record Reason(@Size(max = 2000) String reason) {

    /** The reason of a body that may be absent. */
    public static String of(Reason body) {
        return body == null || body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
    }

    /** The reason, or a 400 problem naming {@code reason} saying what it is required for. */
    public static String required(Reason body, String what) {
        String reason = of(body);
        if (reason == null) {
            throw new InvalidFieldException("reason", "is required to " + what);
        }
        return reason;
    }
}
