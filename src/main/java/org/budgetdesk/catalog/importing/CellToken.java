package org.budgetdesk.catalog.importing;

/**
 * What a cell holds for the importer: a code (its digits, spaces and full-width digits allowed, as people and
 * systems write them) with the text after it, or nothing code-like.
 *
 * @param digits the code's digits, or empty when the cell holds no code
 * @param rest   the text after the code in the same cell (a name), or the whole cell when there is no code
 */
record CellToken(String digits, String rest) {
    /** Lengths 1 and 2 are a level's own digits (款 “01”), only when alone in the cell; 3 to 9 are codes. */
    static final int MAX_DIGITS = 9;

    boolean isCode() {
        return digits.length() >= 3;
    }

    boolean isSegment() {
        return !digits.isEmpty() && digits.length() <= 2 && rest.isEmpty();
    }

    boolean isText() {
        return digits.isEmpty() && !rest.isEmpty();
    }

    /** Reads a cell. */
    static CellToken of(String raw) {
        String cell = clean(raw);
        if (cell.isEmpty()) {
            return new CellToken("", "");
        }
        int composite = cell.indexOf("##");
        if (composite > 0) {
            CellToken code = of(cell.substring(0, composite));
            String[] parts = cell.split("##");
            if (code.isCode() && code.rest().isEmpty() && parts.length > 1) {
                return new CellToken(code.digits(), parts[1].strip());
            }
        }
        int end = 0;
        StringBuilder digits = new StringBuilder();
        while (end < cell.length() && (Character.isDigit(cell.charAt(end)) && cell.charAt(end) < 128
                || cell.charAt(end) == ' ' && digits.length() > 0)) {
            if (cell.charAt(end) != ' ') {
                digits.append(cell.charAt(end));
            }
            end++;
        }
        if (digits.length() == 0 || digits.length() > MAX_DIGITS) {
            return new CellToken("", cell);
        }
        String rest = cell.substring(end).strip();
        if (!rest.isEmpty() && !startsName(rest)) {
            return new CellToken("", cell);
        }
        rest = stripSeparators(rest);
        if (digits.length() <= 2 && !rest.isEmpty()) {
            return new CellToken("", cell);
        }
        return new CellToken(digits.toString(), rest);
    }

    /** Whether text after digits can start a name: not a decimal, a year, a date, an amount or a percentage. */
    private static boolean startsName(String rest) {
        char first = rest.charAt(0);
        if ("年月日号元万亿%％,，".indexOf(first) >= 0) {
            return false;
        }
        if ((first == '.' || first == '．') && rest.length() > 1 && Character.isDigit(rest.charAt(1))) {
            return false;
        }
        return !stripSeparators(rest).isEmpty() || rest.chars().allMatch(c -> ":：、.．-—_".indexOf(c) >= 0);
    }

    private static String stripSeparators(String rest) {
        int start = 0;
        while (start < rest.length() && (":：、.．-—_".indexOf(rest.charAt(start)) >= 0
                || Character.isWhitespace(rest.charAt(start)))) {
            start++;
        }
        return rest.substring(start).strip();
    }

    /** Full-width digits as ASCII, every kind of space as one plain space, trimmed. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
