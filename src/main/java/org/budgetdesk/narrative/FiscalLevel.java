package org.budgetdesk.narrative;

/**
 * The level of 财政 a department answers to (中央本级, 省级, 市级, 县级), as the explanation names it: the region's
 * {@code fiscal.level}, or, when that is {@code auto} (a province's regions hold departments of every level), read
 * from the department's name and then its parent's: 县 or 区 (not 自治区, not 社区) → 县级, 市 or 州 → 市级, 省 or
 * 自治区 → 省级; 本级 when neither says.
 */
final class FiscalLevel {
    static final String AUTO = "auto";

    private FiscalLevel() {
    }

    static String of(String setting, String department, String parent) {
        String chosen = setting.strip();
        if (!chosen.equals(AUTO)) {
            return chosen;
        }
        for (String name : new String[] {department, parent}) {
            String level = fromName(name);
            if (level != null) {
                return level;
            }
        }
        return "本级";
    }

    /** The level a name shows, the smallest unit it names winning (乐山市市中区 is a district), or null. */
    private static String fromName(String name) {
        String plain = name.replace("自治区", "省").replace("社区", "");
        if (plain.contains("县") || plain.contains("区")) {
            return "县级";
        }
        if (plain.contains("市") || plain.contains("州")) {
            return "市级";
        }
        return plain.contains("省") ? "省级" : null;
    }
}
