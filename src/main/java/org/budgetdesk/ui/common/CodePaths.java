package org.budgetdesk.ui.common;

import java.util.List;
import java.util.stream.Collectors;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.catalog.CodeSource;
import org.budgetdesk.i18n.Messages;

/** How a code is described beside its name: its level, the path of its 类 and 款, and where a non-shipped name is from. */
public final class CodePaths {
    private CodePaths() {
    }

    /** A level's name: 类, 款, 项 (economic: 类, 款). */
    public static String level(Messages messages, CodeKind kind, CodeLevel level) {
        return messages.get("catalog.level." + kind.name() + "." + level.name());
    }

    /** “项 · 208 社会保障和就业支出 › 20801 人力资源和社会保障管理事务”, and “ · 导入” for a name not shipped. */
    public static String describe(Catalog catalog, CatalogEntry entry, Messages messages) {
        StringBuilder text = new StringBuilder(level(messages, entry.kind(), entry.level()));
        List<CatalogEntry> path = catalog.path(entry.kind(), entry.code());
        if (!path.isEmpty()) {
            text.append(" · ").append(path.stream().map(parent -> parent.code() + " " + parent.name())
                    .collect(Collectors.joining(" › ")));
        }
        if (entry.source() != CodeSource.SHIPPED) {
            text.append(" · ").append(messages.of(entry.source()));
        }
        return text.toString();
    }
}
