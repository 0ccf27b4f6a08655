package org.budgetdesk.io;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.budgetdesk.model.FigureKind;

/**
 * One figure the schema adds beyond the built-in ones ({@code units[].figures}, by key), with its kind, so that a
 * build that does not declare the key still keeps it: {@code COMPARED} has {@code current}, {@code prior} and
 * {@code reason}; {@code AMOUNT} has {@code current}; {@code COUNT} has {@code count}; {@code TEXT} has
 * {@code text}. A class rather than a record, because which values it has depends on the kind: the validator checks
 * them ({@link ProjectValidator}), not {@link RequiredFields}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "current", "prior", "reason", "count", "text"})
public final class FigureDto {
    private final FigureKind kind;
    private final BigDecimal current;
    private final PriorAmount prior;
    private final String reason;
    private final Integer count;
    private final String text;

    @JsonCreator
    FigureDto(@JsonProperty("kind") FigureKind kind, @JsonProperty("current") BigDecimal current,
              @JsonProperty("prior") PriorAmount prior, @JsonProperty("reason") String reason,
              @JsonProperty("count") Integer count, @JsonProperty("text") String text) {
        this.kind = kind;
        this.current = current;
        this.prior = prior;
        this.reason = reason;
        this.count = count;
        this.text = text;
    }

    static FigureDto compared(BigDecimal current, PriorAmount prior, String reason) {
        return new FigureDto(FigureKind.COMPARED, current, prior, reason, null, null);
    }

    static FigureDto amount(BigDecimal amount) {
        return new FigureDto(FigureKind.AMOUNT, amount, null, null, null, null);
    }

    static FigureDto count(int count) {
        return new FigureDto(FigureKind.COUNT, null, null, null, count, null);
    }

    static FigureDto text(String text) {
        return new FigureDto(FigureKind.TEXT, null, null, null, null, text);
    }

    @JsonProperty("kind")
    public FigureKind kind() {
        return kind;
    }

    @JsonProperty("current")
    public BigDecimal current() {
        return current;
    }

    @JsonProperty("prior")
    PriorAmount prior() {
        return prior;
    }

    @JsonProperty("reason")
    public String reason() {
        return reason;
    }

    @JsonProperty("count")
    public Integer count() {
        return count;
    }

    @JsonProperty("text")
    public String text() {
        return text;
    }

    /** The name of the first value its kind needs that it lacks, or null when it has them all. */
    String missing() {
        if (kind == null) {
            return "kind";
        }
        return switch (kind) {
            case COMPARED -> current == null ? "current" : prior == null ? "prior" : reason == null ? "reason" : null;
            case AMOUNT -> current == null ? "current" : null;
            case COUNT -> count == null ? "count" : null;
            case TEXT -> text == null ? "text" : null;
        };
    }
}
