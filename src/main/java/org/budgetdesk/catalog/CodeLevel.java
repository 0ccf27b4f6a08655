package org.budgetdesk.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * The level of a classification code, read from its length.
 *
 * <p>Functional codes have three levels: 类 (3 digits, e.g. 208), 款 (5 digits, 20801) and 项 (7 digits,
 * 2080101). Economic codes have two: 类 (3 digits, 301) and 款 (5 digits, 30101), which this enum calls
 * {@link #ITEM} because it is their lowest level.
 */
public enum CodeLevel {
    /** 类: 3 digits in both classifications. */
    CLASS(3, 3),
    /** 款 of the functional classification: 5 digits. Economic codes have no such level. */
    SECTION(5, 0),
    /** The lowest level: functional 项 (7 digits) or economic 款 (5 digits). */
    ITEM(7, 5);

    private final int functionalLength;
    private final int economicLength;

    CodeLevel(int functionalLength, int economicLength) {
        this.functionalLength = functionalLength;
        this.economicLength = economicLength;
    }

    /** Whether codes of the given kind have this level. */
    public boolean appliesTo(CodeKind kind) {
        return length(kind) > 0;
    }

    /** The number of digits of a code of this level, or 0 when the kind has no such level. */
    public int length(CodeKind kind) {
        return Objects.requireNonNull(kind, "kind") == CodeKind.FUNCTIONAL ? functionalLength : economicLength;
    }

    /**
     * The level of a code, checking its shape.
     *
     * @throws IllegalArgumentException when the code is not all digits or has no valid length for the kind
     */
    public static CodeLevel of(CodeKind kind, String code) {
        Objects.requireNonNull(kind, "kind");
        if (code == null || code.isEmpty()) {
            throw new IllegalArgumentException("A " + describe(kind) + " code must not be empty");
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(
                        "A " + describe(kind) + " code must contain digits only: '" + code + "'");
            }
        }
        for (CodeLevel level : values()) {
            if (level.appliesTo(kind) && level.length(kind) == code.length()) {
                return level;
            }
        }
        String lengths = kind == CodeKind.FUNCTIONAL ? "3, 5 or 7" : "3 or 5";
        throw new IllegalArgumentException("A " + describe(kind) + " code must have " + lengths
                + " digits: '" + code + "' has " + code.length());
    }

    /** Whether the code has a valid shape for the kind. */
    public static boolean isValid(CodeKind kind, String code) {
        try {
            of(kind, code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The code one level up: 2080101 → 20801 → 208; 30101 → 301; empty for a 类.
     *
     * @throws IllegalArgumentException when the code has no valid shape
     */
    public static Optional<String> parentCode(CodeKind kind, String code) {
        CodeLevel level = of(kind, code);
        if (level == CLASS) {
            return Optional.empty();
        }
        CodeLevel parent = level == ITEM && kind == CodeKind.FUNCTIONAL ? SECTION : CLASS;
        return Optional.of(code.substring(0, parent.length(kind)));
    }

    /** The 类 a code belongs to: its first three digits (the code itself for a 类). */
    public static String classCode(CodeKind kind, String code) {
        of(kind, code);
        return code.substring(0, CLASS.length(kind));
    }

    private static String describe(CodeKind kind) {
        return kind == CodeKind.FUNCTIONAL ? "functional" : "economic";
    }
}
