package org.budgetdesk.compare;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.format.DisplayUnit;
import org.budgetdesk.format.Numbers;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.BasicCostCategory;
import org.budgetdesk.model.CommentTarget;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DepartmentKind;
import org.budgetdesk.model.DisclosureSection;
import org.budgetdesk.model.Figure;
import org.budgetdesk.model.FigureSchema;
import org.budgetdesk.model.Fund;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.PerformanceProject;

/**
 * Words for places and values, for people: “2080101 行政运行 · 人员经费”, “基本职能第3段”, “一般公共预算拨款 · 本年预算数”.
 * Used by the draft comparison (views and the {@code diff} command) and by the comments list.
 */
public final class PlaceLabels {
    private static final String SEPARATOR = " · ";
    private final Messages messages;

    public PlaceLabels(Messages messages) {
        this.messages = messages;
    }

    /** The section's name, as its tab is called. */
    public String section(DisclosureSection section) {
        return messages.of(section);
    }

    /** What a place is, given the subject its line has in the budget (empty when the key says enough). */
    public String describe(CommentTarget place, String subject) {
        if (place.isWholeSection()) {
            return messages.get("place.wholeSection");
        }
        String line = lineLabel(place, subject);
        String field = place.field().isEmpty() ? "" : messages.get("place.field." + place.field());
        return line.isEmpty() ? field : field.isEmpty() ? line : line + SEPARATOR + field;
    }

    /** What a difference is about. */
    public String describe(Difference difference) {
        return describe(difference.place(), difference.subject());
    }

    /** The subject of a place's line in a department: a code's name, a project's name; empty when there is none. */
    public static String subjectOf(CommentTarget place, Department department, Catalog catalog) {
        Line line = Line.of(place);
        if (line.base().isEmpty() || line.base().equals("custom")) {
            return "";
        }
        return switch (place.section()) {
            case FUNCTIONAL -> line.suffix().isEmpty() ? "" : codeAndName(catalog, CodeKind.FUNCTIONAL, line.base());
            case ECONOMIC -> codeAndName(catalog, CodeKind.ECONOMIC, line.base());
            case OTHER -> line.base().equals("project") ? projectName(place, line.index(), department) : "";
            default -> "";
        };
    }

    /** A value of a difference as shown: amounts in the display unit, enum values by name, “—” for none. */
    public String value(Difference difference, String raw, DisplayUnit unit) {
        if (raw == null) {
            return "—";
        }
        return switch (difference.kind()) {
            case AMOUNT -> Numbers.fixed(new BigDecimal(raw), unit);
            case COUNT -> raw;
            case TEXT -> text(difference.place().key(), raw);
        };
    }

    /** The difference of a figure with its sign (“+36.94”, “-0.88”), or empty for text. */
    public String delta(Difference difference, DisplayUnit unit) {
        BigDecimal delta = difference.delta();
        if (delta == null) {
            return "";
        }
        String shown = difference.kind() == Difference.ValueKind.AMOUNT ? Numbers.fixed(delta, unit)
                : delta.toPlainString();
        return delta.signum() > 0 ? "+" + shown : shown;
    }

    private String text(String key, String raw) {
        try {
            if (key.equals("department.kind")) {
                return messages.of(DepartmentKind.valueOf(raw));
            }
            if (key.equals("department.comparisonBasis")) {
                return messages.of(ComparisonBasis.valueOf(raw));
            }
            if (key.startsWith("sectionBasis/")) {
                return raw.isEmpty() ? messages.get("place.value.departmentBasis")
                        : messages.of(ComparisonBasis.valueOf(raw));
            }
            if (key.startsWith("basicCost/")) {
                return raw.isEmpty() ? messages.get("place.value.defaultCategory")
                        : messages.of(BasicCostCategory.valueOf(raw));
            }
        } catch (IllegalArgumentException e) {
            return raw;
        }
        return raw;
    }

    private String lineLabel(CommentTarget place, String subject) {
        Line line = Line.of(place);
        Figure added = FigureSchema.current().figure(place.line());
        if (added != null && FigureSchema.isAdded(added)) {
            return added.name(messages.locale());
        }
        if (place.section() == DisclosureSection.INCOME) {
            return source(line.base()).map(messages::of).orElse(line.base());
        }
        boolean custom = line.base().equals("custom");
        if (place.section() == DisclosureSection.FUNCTIONAL && !custom && !line.suffix().isEmpty()) {
            String name = subject.isEmpty() ? line.base() : subject;
            return source(line.suffix()).filter(source -> source != FundingSource.GENERAL_PUBLIC_BUDGET)
                    .map(source -> messages.format("place.withSource", name, messages.of(source))).orElse(name);
        }
        Optional<String> fund = fund(line.suffix());
        if (place.section() == DisclosureSection.THREE_PUBLIC && fund.isPresent()) {
            return messages.format("place.withSource", messages.get("place.THREE_PUBLIC." + line.base()), fund.get());
        }
        if (!subject.isEmpty()) {
            return subject;
        }
        if (place.section() == DisclosureSection.ECONOMIC && !custom) {
            return line.base();
        }
        Object number = line.index() < 0 ? "" : line.index() + 1;
        return messages.format("place." + place.section().name() + "." + line.base(), number,
                sectionName(line.suffix()).orElse(line.suffix()));
    }

    /** The words for a “三公” fund other than 一般公共预算, named by a line's suffix. */
    private Optional<String> fund(String name) {
        return Arrays.stream(Fund.values())
                .filter(fund -> fund != Fund.GENERAL_PUBLIC_BUDGET && fund.name().equals(name))
                .findFirst().map(fund -> messages.get("threePublic.fund." + fund.name()));
    }

    /** The tab's name of a section named by a line's suffix (a section's own comparison basis). */
    private Optional<String> sectionName(String name) {
        return Arrays.stream(DisclosureSection.values()).filter(section -> section.name().equals(name))
                .findFirst().map(messages::of);
    }

    private static Optional<FundingSource> source(String name) {
        return Arrays.stream(FundingSource.values()).filter(source -> source.name().equals(name)).findFirst();
    }

    private static String codeAndName(Catalog catalog, CodeKind kind, String code) {
        String name = catalog.nameOf(kind, code);
        return name.equals(code) ? code : code + " " + name;
    }

    private static String projectName(CommentTarget place, int index, Department department) {
        if (index < 0 || place.unitIndex() < 0 || place.unitIndex() >= department.units().size()) {
            return "";
        }
        List<PerformanceProject> projects = department.units().get(place.unitIndex()).performance().projects();
        return index < projects.size() ? projects.get(index).name().get() : "";
    }

    /** A key's line split at its slash: {@code functions/2} is base {@code functions}, suffix {@code 2}. */
    private record Line(String base, String suffix) {
        static Line of(CommentTarget place) {
            String line = place.line();
            int slash = line.indexOf('/');
            return slash < 0 ? new Line(line, "") : new Line(line.substring(0, slash), line.substring(slash + 1));
        }

        /** The suffix as a position, or -1 when it is not one. */
        int index() {
            boolean digits = !suffix.isEmpty() && suffix.length() < 9 && suffix.chars().allMatch(Character::isDigit);
            return digits ? Integer.parseInt(suffix) : -1;
        }
    }
}
