package org.budgetdesk.ui.income;

import java.math.BigDecimal;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TreeItem;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.ComparedTotal;
import org.budgetdesk.model.Derived;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.IncomeBudget;
import org.budgetdesk.model.Unit;
import org.budgetdesk.ui.income.IncomeRow.Kind;

/**
 * The income tab's logic: the rows of a unit's income in the order a 部门收支总表 lists them. 财政拨款收入 heads the
 * three appropriations (indented beneath it), the other current-year sources follow, then 本年收入合计, the fund
 * draw-down and the carry-over, and 收入总计 last.
 */
public final class IncomeViewModel {
    private final Messages messages;

    public IncomeViewModel(Messages messages) {
        this.messages = messages;
    }

    /** The rows of a unit, all expanded; the root itself is hidden. */
    public TreeItem<IncomeRow> tree(Unit unit) {
        IncomeBudget income = unit.income();
        ObservableValue<BigDecimal> whole = income.total().current();
        TreeItem<IncomeRow> root = new TreeItem<>();
        TreeItem<IncomeRow> fiscal = totalItem(Kind.FISCAL_APPROPRIATION, "income.fiscalAppropriation",
                income.fiscalAppropriation(), whole);
        fiscal.setExpanded(true);
        root.getChildren().add(fiscal);
        for (FundingSource source : FundingSource.values()) {
            if (source.isCurrentYearIncome()) {
                TreeItem<IncomeRow> parent = source.isFiscalAppropriation() ? fiscal : root;
                parent.getChildren().add(sourceItem(source, income.source(source), whole));
            }
        }
        root.getChildren().add(totalItem(Kind.CURRENT_YEAR_INCOME, "income.currentYearIncome",
                income.currentYearIncome(), whole));
        TreeItem<IncomeRow> carryOver = totalItem(Kind.CARRY_OVER, "income.carryOver", income.carryOver(), whole);
        carryOver.setExpanded(true);
        for (FundingSource source : FundingSource.values()) {
            if (source.isCarryOver()) {
                carryOver.getChildren().add(sourceItem(source, income.source(source), whole));
            } else if (!source.isCurrentYearIncome()) {
                root.getChildren().add(sourceItem(source, income.source(source), whole));
            }
        }
        root.getChildren().add(carryOver);
        root.getChildren().add(totalItem(Kind.TOTAL, "income.total", income.total(), whole));
        return root;
    }

    private TreeItem<IncomeRow> sourceItem(FundingSource source, ComparedAmount amount,
                                           ObservableValue<BigDecimal> whole) {
        return new TreeItem<>(new IncomeRow(Kind.SOURCE, messages.of(source), source, amount, amount,
                Derived.share(amount.current(), whole)));
    }

    private TreeItem<IncomeRow> totalItem(Kind kind, String key, ComparedTotal total,
                                          ObservableValue<BigDecimal> whole) {
        return new TreeItem<>(new IncomeRow(kind, messages.get(key), null, total, null,
                Derived.share(total.current(), whole)));
    }
}
