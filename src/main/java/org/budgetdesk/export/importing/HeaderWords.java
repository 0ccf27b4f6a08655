package org.budgetdesk.export.importing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdesk.model.FundingSource;

/**
 * The words a column header uses for each figure, as accountants' and 一体化 systems' tables word them: a header
 * path (“基本支出/人员经费”) is known by its last part, or by its parent where the last part is only 小计/合计.
 * Which words the 一体化 export really uses is not documented; these are the ones its tables are known to print
 * and the usual variants [verify with a real export].
 */
final class HeaderWords {
    /** Field → words of its header's last part, exact after {@link AmountText#normalise}. */
    private static final Map<String, List<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("codeClass", List.of("类"));
        WORDS.put("codeSection", List.of("款"));
        WORDS.put("codeItem", List.of("项"));
        WORDS.put("name", List.of("科目名称", "功能分类科目名称", "经济分类科目名称", "支出功能分类科目名称",
                "部门预算支出经济分类科目名称", "名称", "项目", "科目"));
        WORDS.put("unit", List.of("单位名称", "预算单位", "单位"));
        WORDS.put("total", List.of("合计", "总计", "预算数", "金额", "本年预算数"));
        WORDS.put("basic", List.of("基本支出"));
        WORDS.put("personnel", List.of("人员经费"));
        WORDS.put("publicCosts", List.of("公用经费"));
        WORDS.put("project", List.of("项目支出"));
        WORDS.put("overseasTravel", List.of("因公出国(境)费", "因公出国(境)费用", "因公出国费"));
        WORDS.put("vehicles", List.of("公务用车购置及运行费", "公务用车购置及运行维护费"));
        WORDS.put("vehiclePurchase", List.of("购置费", "公务用车购置费"));
        WORDS.put("vehicleOperation", List.of("运行费", "运行维护费", "公务用车运行费", "公务用车运行维护费"));
        WORDS.put("reception", List.of("公务接待费"));
        WORDS.put("source.GENERAL_PUBLIC_BUDGET", List.of("一般公共预算", "一般公共预算资金", "一般公共预算收入"));
        WORDS.put("source.GOVERNMENT_FUND", List.of("政府性基金", "政府性基金预算", "政府性基金收入"));
        WORDS.put("source.STATE_CAPITAL", List.of("国有资本经营预算", "国有资本经营预算收入"));
        WORDS.put("source.FISCAL_SPECIAL_ACCOUNT", List.of("财政专户管理资金"));
        WORDS.put("source.BUSINESS_REVENUE", List.of("经营收入"));
        WORDS.put("source.CARRY_OVER", List.of("上年结转", "上年结转结余", "上年结转收入"));
        for (FundingSource source : FundingSource.values()) {
            if (!source.isCarryOver()) {
                List<String> words = new java.util.ArrayList<>(WORDS.getOrDefault("source." + source.name(),
                        List.of()));
                words.add(source.officialName());
                words.add(source.officialName() + "收入");
                WORDS.put("source." + source.name(), List.copyOf(words));
            }
        }
    }

    private HeaderWords() {
    }

    /** Header path → field for the columns of a table of this kind whose header is known; one column per field. */
    static Map<String, String> columns(TableKind kind, List<String> paths) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String path : paths) {
            String field = fieldOf(kind, path);
            if (field != null && !columns.containsValue(field) && !columns.containsKey(path)) {
                columns.put(path, field);
            }
        }
        return columns;
    }

    /** The field a header names in a table of this kind, or null. */
    static String fieldOf(TableKind kind, String path) {
        String plain = AmountText.normalise(path);
        if (plain.isEmpty()) {
            return null;
        }
        String[] parts = plain.split("/");
        String last = parts[parts.length - 1];
        if (parts.length > 1 && (last.equals("小计") || last.equals("合计"))) {
            last = parts[parts.length - 2];
        }
        if (last.endsWith("单位名称") && (kind == TableKind.INCOME || kind == TableKind.THREE_PUBLIC)) {
            return "name";
        }
        if ((last.endsWith("编码") || last.endsWith("代码")) && !last.contains("单位")) {
            return kind.fields().contains("code") ? "code" : null;
        }
        for (Map.Entry<String, List<String>> entry : WORDS.entrySet()) {
            if (kind.fields().contains(entry.getKey()) && entry.getValue().contains(last)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** Whether the columns found let the table be read: rows named or coded, and at least one amount. */
    static boolean readable(TableKind kind, Collection<String> fields) {
        boolean named = fields.contains("name") || fields.contains("code") || fields.contains("codeClass")
                || kind == TableKind.THREE_PUBLIC;
        boolean amount = fields.stream().anyMatch(field -> !TableReading.isText(field));
        return named && amount;
    }
}
