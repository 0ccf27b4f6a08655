package org.budgetdesk.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a sentence around a figure: the words that tell what it is, its label, its year; reasons masked. */
final class Clauses {
    private static final String SEPARATORS = "，；：、。（）";
    /** What follows a purpose word that opens a list of amounts rather than a reason (主要用于以下方面：…). */
    private static final Pattern LIST_AFTER = Pattern.compile("(?:以下方面|以下几个方面|以下|如下|下列)?[：:]");

    private Clauses() {
    }

    /**
     * The sentence with its reasons and purposes masked: from such a word after the first figure to the next ；/。.
     * Their figures, brackets and words then say nothing about the statements. A purpose word that opens a list with a
     * colon (主要用于：一般公共服务支出…万元；…) is no reason: its amounts are read.
     */
    static String withoutReasons(String text, List<Figure> figures, Pattern reason, char mask) {
        if (figures.isEmpty()) {
            return text;
        }
        char[] masked = text.toCharArray();
        Matcher m = reason.matcher(text);
        while (m.find()) {
            if (m.start() < figures.get(0).end()
                    || LIST_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            int end = text.indexOf('；', m.end());
            end = end < 0 ? text.length() : end;
            for (int i = m.start(); i < end; i++) {
                masked[i] = mask;
            }
        }
        return new String(masked);
    }

    /** The first statement of a sentence that is not listed under another. */
    static Statement firstTopLevel(List<Statement> statements) {
        for (Statement statement : statements) {
            if (statement.parent == null) {
                return statement;
            }
        }
        return null;
    }

    /** The text after the last separator: the words that tell what the next figure is. */
    static String finalSegment(String left) {
        int cut = -1;
        for (int i = left.length() - 1; i >= 0; i--) {
            if (SEPARATORS.indexOf(left.charAt(i)) >= 0) {
                cut = i;
                break;
            }
        }
        return left.substring(cut + 1);
    }

    /** The words naming an amount: its clause, widened across a colon when the clause is only “2021年预算数为”. */
    static String rawLabel(String left, Labels labels) {
        int cut = -1;
        for (int i = left.length() - 1; i >= 0; i--) {
            if ("，；。、".indexOf(left.charAt(i)) >= 0) {
                cut = i;
                break;
            }
        }
        String piece = left.substring(cut + 1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < piece.length(); i++) {
            if (piece.charAt(i) == '（') {
                open.push(i);
            } else if (piece.charAt(i) == '）' && !open.isEmpty()) {
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            piece = piece.substring(open.peek() + 1);
        }
        piece = piece.replaceFirst("^[）\\s]+", "");
        int colon = piece.lastIndexOf('：');
        if (colon >= 0 && !labels.clean(piece.substring(colon + 1)).isEmpty()) {
            piece = piece.substring(colon + 1);
        }
        return piece;
    }

    /** The last year named (2021年), unless it ends a range of years (2021—2025年), which labels no budget. */
    static int yearIn(Cues cues, String text) {
        Matcher m = cues.year.matcher(text);
        int year = 0;
        while (m.find()) {
            boolean range = m.start() > 0 && "-—–~～至到".indexOf(text.charAt(m.start() - 1)) >= 0;
            year = range ? 0 : Integer.parseInt(m.group(1));
        }
        return year >= 1990 && year <= 2100 ? year : 0;
    }

    /** The words after the last year named. */
    static String afterYear(Cues cues, String text) {
        Matcher m = cues.year.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end < 0 ? "" : text.substring(end);
    }

    /** The words name a budget figure (预算数, 预算) and not an executed one (执行数, 决算). */
    static boolean budgetBasis(Cues cues, String text) {
        return cues.budgetBasis.matcher(text).find() && !cues.finalBasis.matcher(text).find();
    }

    /**
     * The nearest statement of the sentence, then of the section, that the subject names: the same label, else
     * the same concept (收入 for 本单位预算收入合计), else a label ending with a subject of four characters or more;
     * never one about a year before the budget year.
     */
    static Statement named(List<Statement> candidates, String subject, Labels labels, int budgetYear) {
        String concept = labels.concept(subject);
        for (int pass = 0; pass < 3; pass++) {
            for (int i = candidates.size() - 1; i >= 0; i--) {
                Statement statement = candidates.get(i);
                boolean match = switch (pass) {
                    case 0 -> statement.label.equals(subject);
                    case 1 -> concept != null && concept.equals(labels.concept(statement.label));
                    default -> subject.length() >= 4 && statement.label.endsWith(subject);
                };
                if (match && !ofEarlierYear(statement, budgetYear)) {
                    return statement;
                }
            }
        }
        return null;
    }

    /**
     * Whether a statement is about a year before the budget year, by its own label or its total's (公务接待12.39万元
     * listed under 2021年度“三公”经费合计支出…): what a sentence says of an amount it names (较上年减少…, 占…) is
     * about this year's, so such a statement is never the one named.
     */
    private static boolean ofEarlierYear(Statement statement, int budgetYear) {
        int year = statement.year != 0 || statement.parent == null ? statement.year : statement.parent.year;
        return budgetYear > 0 && year > 0 && year < budgetYear;
    }

    /** The words naming what a comparison is about, before its first comparing word: 财政拨款收支总预算增加 → 财政拨款收支总. */
    static String subject(String segment, Pattern words, Labels labels) {
        Matcher m = words.matcher(segment);
        return m.find() ? labels.clean(segment.substring(0, m.start())) : "";
    }
}
