package cn.wenzhou.fashion.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** On a type with a budget range: {@code budgetMin <= budgetMax}; the violation names {@code budgetMax}. */
@Documented
@Constraint(validatedBy = BudgetRange.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BudgetRange {
    String message() default "must be greater than or equal to budgetMin";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A type with an optional budget range in CNY. */
    interface Ranged {
        BigDecimal budgetMin();

        BigDecimal budgetMax();
    }

    class Validator implements ConstraintValidator<BudgetRange, Ranged> {
        @Override
        public boolean isValid(Ranged value, ConstraintValidatorContext context) {
            if (value == null || value.budgetMin() == null || value.budgetMax() == null
                    || value.budgetMin().compareTo(value.budgetMax()) <= 0) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("budgetMax").addConstraintViolation();
            return false;
        }
    }
}
