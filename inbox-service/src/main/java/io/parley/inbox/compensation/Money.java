package io.parley.inbox.compensation;

import io.parley.platform.problem.Excerpt;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks money as the API takes it: an integer of minor units and an ISO 4217 code. A wrong amount or
 * currency is a well-formed request that breaks the rules, so it answers 422 naming each field.
 */
public final class Money {

    /** A hundred million in major units: more than any compensation, less than any overflow. */
    static final long MAX_MINOR = 10_000_000_000L;
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private Money() {
    }

    /** The currency's code when it is a real ISO 4217 currency of money, else null. */
    static String currency(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return null;
        }
        try {
            Currency currency = Currency.getInstance(code);
            // XXX, XAU, XDR and the like have no minor unit: they are not money an agent hands out.
            return currency.getDefaultFractionDigits() < 0 ? null : currency.getCurrencyCode();
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Field errors for an amount and a currency; empty when both are good. */
    static List<Problem.FieldError> check(String amountField, BigDecimal amount, String currencyField, String code,
            boolean zeroAllowed) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (amount == null) {
            errors.add(new Problem.FieldError(amountField, "is required (an integer of minor units, e.g. 2500 for "
                    + "25.00 EUR)"));
        } else if (amount.stripTrailingZeros().scale() > 0) {
            errors.add(new Problem.FieldError(amountField, "must be a whole number of minor units (2550 for 25.50), "
                    + "was " + Excerpt.of(amount)));
        } else if (amount.signum() < 0 || (!zeroAllowed && amount.signum() == 0)) {
            errors.add(new Problem.FieldError(amountField, "must be " + (zeroAllowed ? "0 or more" : "more than 0")
                    + " minor units, was " + Excerpt.of(amount)));
        } else if (amount.compareTo(BigDecimal.valueOf(MAX_MINOR)) > 0) {
            errors.add(new Problem.FieldError(amountField, "must be at most " + MAX_MINOR + " minor units, was "
                    + Excerpt.of(amount)));
        }
        if (code == null || code.isBlank()) {
            errors.add(new Problem.FieldError(currencyField, "is required (an ISO 4217 code such as EUR)"));
        } else if (currency(code) == null) {
            errors.add(new Problem.FieldError(currencyField, "'" + code + "' is not an ISO 4217 currency code"
                    + (currency(code.toUpperCase(Locale.ROOT)) != null ? " (codes are upper case: "
                            + code.toUpperCase(Locale.ROOT) + ")" : "")));
        }
        return errors;
    }

    /** 422 with the errors, when there are any. */
    static void require(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, String.join("; ", errors.stream()
                    .map(e -> e.field() + " " + e.message()).toList()), errors);
        }
    }
}
