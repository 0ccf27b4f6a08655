package org.budgetdesk.model;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;

/**
 * A live subtotal of functional figures: a 款 over its lines, a 类 over its 款, the total over the 类, or the
 * lines of one funding source. Each figure is an {@link AmountSum}, so an edit below moves it by a delta.
 */
public final class FunctionalGroup implements FunctionalFigures, Compared {
    private final String code;
    private final AmountSum personnel;
    private final AmountSum publicCosts;
    private final AmountSum project;
    private final AmountSum prior;
    private final AmountSum basic;
    private final AmountSum total;
    private final FunctionalFigures whole;
    /** Made when first asked for, as the share: most groups are never shown with them. */
    private ObjectBinding<YearOnYear> yearOnYear;
    private ObjectBinding<Ratio> share;

    /**
     * @param code  the 类 or 款 code, or a label for a total
     * @param whole the total this group's share is taken of; {@code null} for the total itself
     */
    public FunctionalGroup(String code, FunctionalFigures whole) {
        this.code = code;
        personnel = new AmountSum(code, "personnel");
        publicCosts = new AmountSum(code, "publicCosts");
        project = new AmountSum(code, "project");
        prior = new AmountSum(code, "prior");
        basic = AmountSum.of(new AmountSum(code, "basic"), personnel, publicCosts);
        total = AmountSum.of(new AmountSum(code, "total"), basic, project);
        this.whole = whole;
    }

    /** Adds the figures of a line or a lower group. */
    public void add(FunctionalFigures part) {
        personnel.add(part.personnel());
        publicCosts.add(part.publicCosts());
        project.add(part.project());
        prior.add(part.prior());
    }

    /** Adds the figures of lines or lower groups at once: each total moves once. */
    public void addAll(List<? extends FunctionalFigures> parts) {
        personnel.addAll(parts.stream().map(FunctionalFigures::personnel).toList());
        publicCosts.addAll(parts.stream().map(FunctionalFigures::publicCosts).toList());
        project.addAll(parts.stream().map(FunctionalFigures::project).toList());
        prior.addAll(parts.stream().map(FunctionalFigures::prior).toList());
    }

    /** Removes what {@link #add} added. */
    public void remove(FunctionalFigures part) {
        personnel.remove(part.personnel());
        publicCosts.remove(part.publicCosts());
        project.remove(part.project());
        prior.remove(part.prior());
    }

    /** How many lines or groups are summed here. */
    public int size() {
        return personnel.size();
    }

    public String code() {
        return code;
    }

    @Override
    public AmountSum personnel() {
        return personnel;
    }

    @Override
    public AmountSum publicCosts() {
        return publicCosts;
    }

    @Override
    public AmountSum project() {
        return project;
    }

    @Override
    public AmountSum prior() {
        return prior;
    }

    @Override
    public AmountSum basic() {
        return basic;
    }

    @Override
    public AmountSum total() {
        return total;
    }

    @Override
    public ObservableValue<BigDecimal> current() {
        return total;
    }

    @Override
    public ObjectBinding<YearOnYear> yearOnYear() {
        if (yearOnYear == null) {
            yearOnYear = Derived.yearOnYear(total, prior);
        }
        return yearOnYear;
    }

    /** This group's total as a share of its whole (the unit's functional total). */
    public ObjectBinding<Ratio> share() {
        if (share == null) {
            share = Derived.share(total, whole == null ? total : whole.total());
        }
        return share;
    }
}
