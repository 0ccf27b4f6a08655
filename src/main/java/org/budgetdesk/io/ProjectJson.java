package org.budgetdesk.io;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration of the project file. Reading is strict about types (no number-to-text,
 * text-to-number or float-to-int coercion, no enum by index, no duplicate keys, nothing after the root value) and
 * ignores unknown fields; writing is pretty-printed with two spaces, {@code "\n"} and {@code ": "} on every OS.
 */
final class ProjectJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(AmountJson.module())
            .addModule(StrictEnums.module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)    // a version "2.0" is named as written
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .withCoercionConfigDefaults(config -> {
                for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.EmptyString,
                        CoercionInputShape.String, CoercionInputShape.EmptyArray, CoercionInputShape.EmptyObject}) {
                    config.setCoercion(shape, CoercionAction.Fail);
                }
                config.setAcceptBlankAsEmpty(false);
            })
            .build();

    private ProjectJson() {
    }

    /** The mapper, for reading trees. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads the project records. */
    static ObjectReader reader() {
        return MAPPER.readerFor(ProjectDto.class);
    }

    /** Writes the project records in the house layout (without the final newline). */
    static ObjectWriter writer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter)
                .withSeparators(separators);
        return MAPPER.writerFor(ProjectDto.class).with(printer);
    }
}
