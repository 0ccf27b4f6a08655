package org.budgetdesk.ui.functional;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.scene.control.TreeItem;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.format.FullWidth;
import org.budgetdesk.i18n.Messages;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FunctionalSpending;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.ui.common.Document;
import org.budgetdesk.ui.common.RowKeys;
import org.budgetdesk.ui.functional.FunctionalRow.Level;
import org.budgetdesk.undo.Edits;

/**
 * A block pasted into the functional tree with its 项 codes in the code column goes to those codes' lines (of the
 * funding source in the block's source column, 一般公共预算拨款 when it has none); a code the unit has no line for
 * gets one, when the catalog knows it. Lines with a 类 or 款 code are passed over: their figures are sums.
 */
final class FunctionalPasteKeys implements RowKeys<FunctionalRow> {
    private static final Pattern ITEM_CODE = Pattern.compile("[0-9]{7}");
    private final Document document;
    private final Messages messages;
    private final Supplier<TreeItem<FunctionalRow>> tree;

    FunctionalPasteKeys(Document document, Messages messages, Supplier<TreeItem<FunctionalRow>> tree) {
        this.document = document;
        this.messages = messages;
        this.tree = tree;
    }

    @Override
    public String columnId() {
        return "code";
    }

    @Override
    public boolean isKey(String cell) {
        return ITEM_CODE.matcher(code(cell)).matches();
    }

    /** The code in a cell such as “2080101”, “２０８０１０１” or “2080101 行政运行”. */
    private static String code(String cell) {
        String text = FullWidth.toAscii(cell).strip();
        return text.isEmpty() ? "" : text.split("\\s+")[0];
    }

    @Override
    public Target<FunctionalRow> rowFor(String key, Function<String, String> cellIn) {
        String code = code(key);
        String sourceText = cellIn.apply("source").strip();
        FundingSource source = sourceText.isEmpty() ? FundingSource.GENERAL_PUBLIC_BUDGET : source(sourceText);
        if (source == null) {
            return Target.refused(messages.format("functional.paste.badSource", code, sourceText));
        }
        String identity = code + "/" + source.name();
        FunctionalSpending spending = document.viewedUnitProperty().get().functional();
        FunctionalLine existing = spending.find(code, source).orElse(null);
        if (existing != null) {
            FunctionalRow row = find(tree.get(), existing);
            return Target.existing(row != null ? row : row(existing), identity);
        }
        if (document.catalog().find(CodeKind.FUNCTIONAL, code).isEmpty()) {
            return Target.refused(messages.format("functional.add.unknownCode", code));
        }
        FunctionalLine line = new FunctionalLine(code, source);
        return Target.added(row(line), identity, Edits.addFunctionalLine(spending, line));
    }

    private FundingSource source(String text) {
        for (FundingSource source : FundingSource.values()) {
            if (messages.of(source).equals(text) || source.name().equals(text)) {
                return source;
            }
        }
        return null;
    }

    private FunctionalRow row(FunctionalLine line) {
        return new FunctionalRow(Level.LINE, line.itemCode(),
                document.catalog().nameOf(CodeKind.FUNCTIONAL, line.itemCode()), line, line, line, null);
    }

    private static FunctionalRow find(TreeItem<FunctionalRow> item, FunctionalLine line) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && item.getValue().line() == line) {
            return item.getValue();
        }
        for (TreeItem<FunctionalRow> child : item.getChildren()) {
            FunctionalRow found = find(child, line);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
