package org.budgetdesk.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import org.budgetdesk.model.Amounts;

/**
 * How amounts look in a project file: a JSON string of 元 with exactly two decimals, {@code "7630600.00"}.
 * A string keeps every digit whatever the reader's number type; reading accepts one to twelve digits and at
 * most two decimals, and nothing else (no number literal, sign, exponent or spaces). A prior-year amount may
 * instead be {@code "NOT_PUBLISHED"} ({@link PriorAmount}).
 */
final class AmountJson {
    /** The longest whole part read: twelve digits, just under one trillion yuan ({@code Amounts.MAX}). */
    private static final int MAX_DIGITS = 12;
    private static final int MAX_SHOWN = 40;

    private AmountJson() {
    }

    /** A module with the amount serializer and deserializer, for the io mapper only. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("BudgetDeskAmounts");
        module.addSerializer(BigDecimal.class, new Writer());
        module.addDeserializer(BigDecimal.class, new Reader());
        module.addSerializer(PriorAmount.class, new PriorWriter());
        module.addDeserializer(PriorAmount.class, new PriorReader());
        return module;
    }

    /** Thrown while reading an amount that is not a valid amount string; Jackson adds the JSON path. */
    static final class BadAmountException extends JsonMappingException {
        private static final long serialVersionUID = 1L;
        private final String text;

        BadAmountException(JsonParser parser, String text) {
            super(parser, "not an amount string of yuan with at most two decimals: " + text);
            this.text = text;
        }

        /** The offending value as it appears in the file, shortened when long. */
        String text() {
            return text;
        }
    }

    private static final class Writer extends JsonSerializer<BigDecimal> {
        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeString(Amounts.requireValid(value).toPlainString());
        }
    }

    private static final class PriorWriter extends JsonSerializer<PriorAmount> {
        @Override
        public void serialize(PriorAmount value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class PriorReader extends JsonDeserializer<PriorAmount> {
        private final Reader amounts = new Reader();

        @Override
        public PriorAmount deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING
                    && PriorAmount.NOT_PUBLISHED_TEXT.equals(parser.getText())) {
                return PriorAmount.NOT_PUBLISHED;
            }
            return PriorAmount.of(amounts.deserialize(parser, context));
        }
    }

    /**
     * The amount a string spells in 分 when it is one to twelve ASCII digits with at most two decimals
     * ({@code [0-9]{1,12}(\.[0-9]{1,2})?}), else -1. Such an amount is always valid ({@code Amounts}), so its
     * {@code BigDecimal.valueOf(cents, 2)} is what {@code Amounts.parse} gives. Read by hand: a large file has
     * tens of thousands of amounts, and a regular expression and a decimal parse for each cost its read
     * several percent.
     */
    static long cents(String text) {
        int length = text.length();
        int i = 0;
        long whole = 0;
        for (; i < length && isDigit(text.charAt(i)); i++) {
            if (i == MAX_DIGITS) {
                return -1;
            }
            whole = whole * 10 + (text.charAt(i) - '0');
        }
        if (i == 0) {
            return -1;
        }
        if (i == length) {
            return whole * 100;
        }
        int decimals = length - i - 1;
        if (text.charAt(i) != '.' || decimals < 1 || decimals > 2) {
            return -1;
        }
        long fraction = 0;
        for (int j = i + 1; j < length; j++) {
            if (!isDigit(text.charAt(j))) {
                return -1;
            }
            fraction = fraction * 10 + (text.charAt(j) - '0');
        }
        return whole * 100 + (decimals == 1 ? fraction * 10 : fraction);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final class Reader extends JsonDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                long cents = cents(text);
                if (cents >= 0) {
                    return BigDecimal.valueOf(cents, 2);
                }
                throw new BadAmountException(parser, shown('"' + text + '"'));
            }
            if (token != null && token.isScalarValue()) {
                throw new BadAmountException(parser, shown(parser.getText()));
            }
            return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
        }

        private static String shown(String text) {
            return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
        }
    }
}
