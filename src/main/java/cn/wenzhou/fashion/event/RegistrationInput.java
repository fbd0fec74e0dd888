package cn.wenzhou.fashion.event;

import java.util.Map;

import cn.wenzhou.fashion.domain.AttendeeField;

/**
 * A registration: the fields the event asks for (others are not kept) and the registrant's consent to share them
 * with the organiser, required when the event asks for any.
 */
public record RegistrationInput(Map<AttendeeField, String> shared, Boolean consent) {
}
