package org.budgetdesk.export.importing;

import java.math.BigDecimal;

/**
 * The figures of one functional line as a table gives them, in 元.
 *
 * @param personnel   人员经费
 * @param publicCosts 公用经费
 * @param project     项目支出
 */
public record LineFigures(BigDecimal personnel, BigDecimal publicCosts, BigDecimal project) {
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    static final LineFigures NONE = new LineFigures(ZERO, ZERO, ZERO);

    public BigDecimal total() {
        return personnel.add(publicCosts).add(project);
    }

    LineFigures plus(LineFigures other) {
        return new LineFigures(personnel.add(other.personnel), publicCosts.add(other.publicCosts),
                project.add(other.project));
    }

    LineFigures minus(LineFigures other) {
        return new LineFigures(personnel.subtract(other.personnel), publicCosts.subtract(other.publicCosts),
                project.subtract(other.project));
    }

    /** The row's figures: 人员经费 and 公用经费 where the table has them, else 基本支出 counted as 公用经费. */
    static LineFigures of(ReadRow row, boolean hasSplit, boolean hasBasic) {
        BigDecimal personnel = hasSplit ? row.amount("personnel") : ZERO;
        BigDecimal publicCosts = hasSplit ? row.amount("publicCosts") : hasBasic ? row.amount("basic") : ZERO;
        BigDecimal project = row.amount("project");
        if (!hasSplit && !hasBasic && row.amounts().containsKey("total")) {
            project = row.amount("total").subtract(personnel).subtract(publicCosts);
        }
        return new LineFigures(personnel, publicCosts, project);
    }
}
