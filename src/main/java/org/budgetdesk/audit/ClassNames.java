package org.budgetdesk.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeKind;

/**
 * Names of functional 类 in a text: the 类 an item label names (社会保障和就业支出（类）…（项）) or the heading it is
 * under (（一）一般公共服务支出（类）), and a key that makes a 类's current and older names one (文化体育与传媒支出 and
 * 文化旅游体育与传媒支出 are both 207).
 */
final class ClassNames {
    private static final String CLASS = "（类）";
    private final Catalog catalog;
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    ClassNames(int year) {
        this.catalog = Catalog.forYear(year > 0 ? year : 2021);
    }

    /** The 类 an item statement belongs to, or null when it is not an item (项 or 款) of the functional list. */
    String classOf(Statement statement) {
        String label = statement.label;
        if (!label.contains("（项）") && !label.contains("（款）")) {
            return null;
        }
        int at = label.indexOf(CLASS);
        if (at > 0) {
            return label.substring(0, at);
        }
        String[] headings = statement.paragraph().section().split(" / ");
        for (int i = headings.length - 1; i >= 0; i--) {
            int mark = headings[i].indexOf(CLASS);
            if (mark > 0) {
                return headings[i].substring(0, mark).replaceFirst("^[\\s（(]*[一二三四五六七八九十\\d]+[）)、.．]\\s*",
                        "");
            }
        }
        return null;
    }

    /** True for a label that names a 类 alone: 社会保障和就业支出, 住房保障支出（类）. */
    boolean isClassLabel(String label) {
        if (label.contains("（款）") || label.contains("（项）")) {
            return false;
        }
        return label.contains(CLASS) || lookup(bare(label)) != null;
    }

    /** One key for all the names of a 类: its code when the catalog knows the name, else the name. */
    String key(String name) {
        String bare = bare(name);
        return keys.computeIfAbsent(bare, b -> {
            String code = lookup(b);
            return code != null ? code : b.replaceFirst("支出$", "");
        });
    }

    private static String bare(String name) {
        return name.replace(CLASS, "").replaceAll("[\\s“”\"]", "");
    }

    private String lookup(String name) {
        for (String candidate : List.of(name, name + "支出", name.replaceFirst("支出$", ""))) {
            for (CatalogEntry entry : catalog.findAllByName(CodeKind.FUNCTIONAL, candidate)) {
                if (entry.code().length() == 3) {
                    return entry.code();
                }
            }
        }
        return null;
    }
}
