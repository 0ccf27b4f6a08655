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
import java.util.regex.Pattern;
import org.budgetdesk.model.Amounts;

/**
 * How amounts look in a project file: a JSON string of 元 with exactly two decimals, {@code "7630600.00"}.
 * A string keeps every digit whatever the reader's number type; reading accepts one to twelve digits and at
 * most two decimals, and nothing else (no number literal, sign, exponent or spaces). A prior-year amount may
 * instead be {@code "NOT_PUBLISHED"} ({@link PriorAmount}).
 */
final class AmountJson {
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,2})?");
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

    private static final class Reader extends JsonDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                if (AMOUNT.matcher(text).matches()) {
                    return Amounts.parse(text);
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
