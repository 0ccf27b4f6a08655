package org.budgetdesk.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ObservableMap;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.Unit;
import org.budgetdesk.undo.Command;
import org.budgetdesk.undo.CompositeCommand;
import org.budgetdesk.undo.Edits;

/**
 * The project's custom codes of one classification, at every level: adding a 类, 款 and 项 the catalog lacks in one
 * step (a 项's first five digits are its 款, a 款's first three its 类), renaming one, and removing one that no line
 * uses. The logic of {@link CustomCodeDialog}, testable without the toolkit. Every change is one undo step.
 */
public final class CustomCodes {
    /** What the user typed for one level: a code and, for a code the catalog lacks, its name. */
    public record Row(CodeLevel level, String code, String name) {
    }

    /** The custom codes to add (code → name, from 类 down) and the lowest code given, for a line. */
    public record Plan(Map<String, String> additions, String lowestCode) {
    }

    /** A plan, or the message saying why there is none. */
    public record Outcome(Plan plan, String error) {
    }

    private final Document document;
    private final CodeKind kind;
    private final Messages messages;

    public CustomCodes(Document document, CodeKind kind, Messages messages) {
        this.document = document;
        this.kind = kind;
        this.messages = messages;
    }

    public CodeKind kind() {
        return kind;
    }

    /** The levels of the classification, from 类 down. */
    public List<CodeLevel> levels() {
        return java.util.Arrays.stream(CodeLevel.values()).filter(level -> level.appliesTo(kind)).toList();
    }

    /** The level's name: 类, 款, 项. */
    public String levelName(CodeLevel level) {
        return CodePaths.level(messages, kind, level);
    }

    /** The codes of each level a typed code implies: “2101501” gives 210, 21015 and 2101501. */
    public Map<CodeLevel, String> prefill(String typed) {
        String code = digits(typed == null ? "" : typed.strip().split("\\s+")[0]);
        Map<CodeLevel, String> codes = new LinkedHashMap<>();
        for (CodeLevel level : levels()) {
            int length = level.length(kind);
            codes.put(level, code.length() >= length && CodeLevel.isValid(kind, code.substring(0, length))
                    ? code.substring(0, length) : "");
        }
        return codes;
    }

    /** The catalog's entry for a code (official, carried or custom), if it has one. */
    public Optional<CatalogEntry> known(String code) {
        String digits = digits(code);
        return CodeLevel.isValid(kind, digits) ? document.catalog().find(kind, digits) : Optional.empty();
    }

    /**
     * Checks what was typed, from 类 down. The 类 is required; each code has its level's length and begins with the
     * code above it; a code the catalog lacks needs a name. Lower levels may be left empty.
     */
    public Outcome plan(List<Row> rows) {
        Map<String, String> additions = new LinkedHashMap<>();
        String above = null;
        CodeLevel aboveLevel = null;
        String lowest = null;
        for (Row row : rows) {
            String code = digits(row.code());
            if (code.isEmpty()) {
                if (row.level() == CodeLevel.CLASS) {
                    return error(messages.format("customCode.error.required", levelName(row.level())));
                }
                break;
            }
            int length = row.level().length(kind);
            if (code.length() != length || !CodeLevel.isValid(kind, code)) {
                return error(messages.format("customCode.error.badCode", code, String.valueOf(length),
                        levelName(row.level())));
            }
            if (above != null && !code.startsWith(above)) {
                return error(messages.format("customCode.error.notUnder", levelName(row.level()), code,
                        String.valueOf(above.length()), levelName(aboveLevel), above));
            }
            if (document.catalog().find(kind, code).isEmpty()) {
                String name = row.name() == null ? "" : row.name().strip();
                if (name.isEmpty()) {
                    return error(messages.format("customCode.error.noName", levelName(row.level()), code));
                }
                additions.put(code, name);
            }
            above = code;
            aboveLevel = row.level();
            lowest = code;
        }
        return new Outcome(new Plan(additions, lowest), null);
    }

    /** Adds the plan's codes, and the line a tab makes for the lowest code when {@code line} is given: one undo step. */
    public void apply(Plan plan, Command line) {
        List<Command> commands = new ArrayList<>();
        plan.additions().forEach((code, name) -> commands.add(Edits.putCustomCode(codes(), code, name)));
        if (line != null) {
            commands.add(line);
        }
        if (!commands.isEmpty()) {
            document.undoManager().execute(new CompositeCommand("edit.customCode", commands));
        }
    }

    /** The project's custom codes of this classification, by code. */
    public List<CatalogEntry> custom() {
        return document.catalog().entries(kind).stream().filter(CatalogEntry::custom).toList();
    }

    /** Renames a custom code; null when done, or why not. */
    public String rename(String code, String name) {
        if (code == null || !codes().containsKey(code)) {
            return messages.get("customCode.error.noneSelected");
        }
        if (name == null || name.isBlank()) {
            return messages.format("customCode.error.noName", levelName(CodeLevel.of(kind, code)), code);
        }
        if (!name.strip().equals(codes().get(code))) {
            document.undoManager().execute(Edits.putCustomCode(codes(), code, name.strip()));
        }
        return null;
    }

    /** Removes a custom code that nothing uses; null when done, or why not. */
    public String remove(String code) {
        if (code == null || !codes().containsKey(code)) {
            return messages.get("customCode.error.noneSelected");
        }
        int uses = uses(code);
        if (uses > 0) {
            return messages.format("customCode.error.used", code, uses);
        }
        document.undoManager().execute(Edits.removeCustomCode(codes(), code));
        return null;
    }

    /** How many lines (of every unit) and performance projects use the code or a code below it. */
    public int uses(String code) {
        int uses = 0;
        Department department = document.department();
        for (Unit unit : department.units()) {
            if (kind == CodeKind.FUNCTIONAL) {
                for (FunctionalLine line : unit.functional().lines()) {
                    uses += line.itemCode().startsWith(code) ? 1 : 0;
                }
                for (PerformanceProject project : unit.performance().projects()) {
                    String used = project.functionalCode().get();
                    uses += used != null && used.strip().startsWith(code) ? 1 : 0;
                }
            } else {
                for (EconomicLine line : unit.economic().lines()) {
                    uses += line.itemCode().startsWith(code) ? 1 : 0;
                }
            }
        }
        return uses;
    }

    private ObservableMap<String, String> codes() {
        Department department = document.department();
        return kind == CodeKind.FUNCTIONAL ? department.customFunctionalCodes() : department.customEconomicCodes();
    }

    private static Outcome error(String message) {
        return new Outcome(null, message);
    }

    /** The digits of a typed code: full-width digits as ASCII, spaces left out. */
    static String digits(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : typed.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
