package org.budgetdesk.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Enum names exactly as written, for values and map keys: Jackson would quietly trim {@code " ADMINISTRATIVE "}, and
 * a file is a record of what the program wrote, so a name with spaces around it is a damaged value
 * ({@link ProjectFileException.Kind#WRONG_TYPE} at its path), not a guess.
 */
final class StrictEnums {
    private StrictEnums() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("BudgetDeskStrictEnums");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description,
                                                              JsonDeserializer<?> deserializer) {
                return new Values(deserializer, type.getRawClass());
            }

            @Override
            public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type,
                                                         KeyDeserializer deserializer) {
                return type.isEnumType() ? new Keys(deserializer, type.getRawClass()) : deserializer;
            }
        });
        return module;
    }

    private static boolean padded(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    private static final class Values extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private final Class<?> type;

        Values(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Values(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING) && padded(parser.getText())) {
                return context.handleWeirdStringValue(type, parser.getText(), "spaces around an enum name");
            }
            return super.deserialize(parser, context);
        }
    }

    private static final class Keys extends KeyDeserializer {
        private final KeyDeserializer delegate;
        private final Class<?> type;

        Keys(KeyDeserializer delegate, Class<?> type) {
            this.delegate = delegate;
            this.type = type;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (padded(key)) {
                return context.handleWeirdKey(type, key, "spaces around an enum name");
            }
            return delegate.deserializeKey(key, context);
        }
    }
}
