package org.budgetdesk.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a whole text: each paragraph sentence by sentence ({@link SentenceReader}), then what spans sentences and
 * paragraphs — a paragraph ending in “其中：” whose parts open the paragraphs after it, parts named as the known
 * parts of a total stated earlier in the paragraph (the “三公” three after the “三公” total), and lists of shares
 * with no stated whole.
 */
final class TextParser {
    private final AuditPatterns patterns;
    private final Cues cues;
    private final FigureScanner scanner;
    private final Labels labels;
    private final Map<String, List<String>> compositions = new LinkedHashMap<>();

    TextParser(AuditPatterns patterns) {
        this.patterns = patterns;
        this.cues = new Cues(patterns);
        this.scanner = new FigureScanner(patterns);
        this.labels = new Labels(patterns);
        for (String key : patterns.keys()) {
            if (key.startsWith("composition.")) {
                List<String> parts = new ArrayList<>();
                for (String value : patterns.list(key)) {
                    for (String part : value.split(",")) {
                        parts.add(part.strip());
                    }
                }
                compositions.put(key.substring("composition.".length()), parts);
            }
        }
    }

    Labels labels() {
        return labels;
    }

    /** The known parts of wholes: key WHOLE or WHOLE.variant (see {@link #wholeOf}), parts by concept id. */
    Map<String, List<String>> compositions() {
        return compositions;
    }

    /** The whole's concept of a composition key: basic.economic → basic. */
    static String wholeOf(String compositionKey) {
        int dot = compositionKey.indexOf('.');
        return dot < 0 ? compositionKey : compositionKey.substring(0, dot);
    }

    ParsedText parse(TextDocument document) {
        SentenceReader reader = new SentenceReader(cues, scanner, labels, document.budgetYear(),
                document.finalAccounts());
        List<Statement> statements = new ArrayList<>();
        List<Breakdown> breakdowns = new ArrayList<>();
        List<List<Statement>> shareLists = new ArrayList<>();
        List<List<Statement>> shareOnly = new ArrayList<>();
        Statement carryParent = null;
        boolean carryPartial = false;
        List<Statement> carryParts = new ArrayList<>();
        List<Statement> section = new ArrayList<>();
        List<Statement> openings = new ArrayList<>();
        for (Paragraph paragraph : document.paragraphs()) {
            if (paragraph.isHeading()) {
                openings.add(null);
                openings.add(null);
                flushCarry(carryParent, carryPartial, carryParts, breakdowns);
                carryParent = null;
                if (paragraph.level() == 1) {
                    section = new ArrayList<>();
                }
                continue;
            }
            List<Statement> own = new ArrayList<>();
            List<Statement> previous = null;
            SentenceResult last = null;
            boolean first = true;
            Statement opening = null;
            for (Sentence sentence : Sentences.split(paragraph)) {
                List<Statement> earlier = new ArrayList<>(section);
                earlier.addAll(own);
                SentenceResult result = reader.read(sentence, previous, earlier);
                if (first && !result.statements.isEmpty() && opensParagraph(result.statements.get(0))) {
                    opening = result.statements.get(0);
                }
                first = false;
                own.addAll(result.statements);
                breakdowns.addAll(result.breakdowns);
                if (result.shareOnly.size() >= 2) {
                    shareOnly.add(result.shareOnly);
                }
                if (!result.statements.isEmpty()) {
                    previous = result.statements;
                    shareList(result.statements, shareLists);
                    composition(result.statements, own, breakdowns);
                }
                if (!result.statements.isEmpty() || result.openParent != null) {
                    last = result;
                }
            }
            if (carryParent != null) {
                if (opening != null) {
                    carryParts.add(opening);
                } else {
                    flushCarry(carryParent, carryPartial, carryParts, breakdowns);
                    carryParent = null;
                }
            }
            if (last != null && last.openParent != null) {
                flushCarry(carryParent, carryPartial, carryParts, breakdowns);
                carryParent = last.openParent;
                carryPartial = last.openPartial;
                carryParts = new ArrayList<>();
            }
            statements.addAll(own);
            section.addAll(own);
            openings.add(opening);
        }
        flushCarry(carryParent, carryPartial, carryParts, breakdowns);
        paragraphComposition(openings, breakdowns);
        RoundingNotes notes = RoundingNotes.find(document.paragraphs(), patterns);
        return new ParsedText(document, statements, breakdowns, shareLists, shareOnly, notes);
    }

    /** A statement that starts its paragraph: “人员经费461.37万元，…” after a paragraph ending in “其中：”. */
    private static boolean opensParagraph(Statement statement) {
        String before = statement.sentence.norm().substring(0, statement.current.start());
        return statement.parent == null && statement.sentence.start() == 0 && before.matches("[^，；。]*");
    }

    private static void flushCarry(Statement parent, boolean partial, List<Statement> parts,
                                   List<Breakdown> breakdowns) {
        if (parent != null && !parts.isEmpty()) {
            for (Statement part : parts) {
                part.parent = parent;
            }
            breakdowns.add(new Breakdown(parent, parts, partial, Breakdown.How.PARAGRAPHS));
        }
    }

    /** Statements of one sentence that all give a share and have no stated whole: 一般公共服务支出0万元，占0%；… */
    private static void shareList(List<Statement> sentence, List<List<Statement>> shareLists) {
        List<Statement> tops = topLevel(sentence);
        if (tops.size() >= 2 && tops.stream().allMatch(statement -> statement.share != null
                && statement.shareWhole.isEmpty())) {
            shareLists.add(tops);
        }
    }

    /**
     * Parts named as the known parts of a whole (因公出国（境）费, 公务接待费, 公务用车购置及运行费 for “三公”经费), with
     * the whole stated before them in the paragraph, or first in their sentence, and no 其中 between.
     */
    private void composition(List<Statement> sentence, List<Statement> paragraph, List<Breakdown> breakdowns) {
        List<Statement> tops = topLevel(sentence);
        if (tops.size() >= 3 && wholeFirst(tops, breakdowns)) {
            return;
        }
        Set<String> named = tops.size() < 2 ? null : concepts(tops);
        if (named == null) {
            return;
        }
        for (Map.Entry<String, List<String>> composition : compositions.entrySet()) {
            if (!named.equals(new HashSet<>(composition.getValue()))) {
                continue;
            }
            String wholeConcept = wholeOf(composition.getKey());
            int at = paragraph.indexOf(tops.get(0));
            for (int i = at - 1; i >= 0; i--) {
                Statement whole = paragraph.get(i);
                if (sentencesBetween(whole, tops.get(0)) > 1) {
                    return;
                }
                if (wholeConcept.equals(labels.concept(whole.label))) {
                    if (sameScope(whole, tops)) {
                        breakdowns.add(new Breakdown(whole, tops, false, Breakdown.How.COMPOSITION));
                    }
                    return;
                }
            }
        }
    }

    /**
     * A sentence that states a whole and then its known parts (基本支出402.15万元，人员经费…、公用经费…): a breakdown.
     * True when it is one.
     */
    private boolean wholeFirst(List<Statement> tops, List<Breakdown> breakdowns) {
        Statement whole = tops.get(0);
        List<Statement> parts = tops.subList(1, tops.size());
        Set<String> named = concepts(parts);
        String wholeConcept = labels.concept(whole.label);
        if (named == null || wholeConcept == null) {
            return false;
        }
        for (Map.Entry<String, List<String>> composition : compositions.entrySet()) {
            if (wholeConcept.equals(wholeOf(composition.getKey()))
                    && named.equals(new HashSet<>(composition.getValue())) && sameScope(whole, parts)) {
                breakdowns.add(new Breakdown(whole, List.copyOf(parts), false, Breakdown.How.COMPOSITION));
                return true;
            }
        }
        return false;
    }

    /** The concepts the statements name, each once; null when one names none or two name the same. */
    private Set<String> concepts(List<Statement> statements) {
        Set<String> named = new HashSet<>();
        for (Statement statement : statements) {
            String concept = labels.concept(statement.label);
            if (concept == null || !named.add(concept)) {
                return null;
            }
        }
        return named;
    }

    /** How many sentences lie between two statements of a paragraph: none when they are in one sentence. */
    private static int sentencesBetween(Statement earlier, Statement later) {
        if (earlier.sentence.end() >= later.sentence.start()) {
            return 0;
        }
        String text = later.paragraph().norm().substring(earlier.sentence.end(), later.sentence.start());
        int count = 0;
        for (char c : text.toCharArray()) {
            count += c == '。' || c == '！' || c == '？' ? 1 : 0;
        }
        return count;
    }

    /**
     * Parts of a whole say no other budget than the whole does: “一般公共预算基本支出” is not a part of a 支出 total that
     * may include other funds. Parts that name no budget take the whole's.
     */
    private boolean sameScope(Statement whole, List<Statement> parts) {
        String scope = scope(whole.label);
        for (Statement part : parts) {
            String own = scope(part.label);
            if (!own.isEmpty() && !own.equals(scope)) {
                return false;
            }
        }
        return true;
    }

    private String scope(String label) {
        java.util.regex.Matcher m = cues.budgetScope.matcher(label);
        return m.find() ? m.group() : "";
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "^\\s*(?:\\d{1,2}\\s*[.．、](?!\\d)|（[一二三四五六七八九十\\d]{1,3}）|[一二三四五六七八九十]是)");

    /**
     * A whole opening its paragraph, and its known parts opening the numbered paragraphs after it (“三公”经费 …; 1.因公出国（境）费
     * …; 2.公务接待费 …; 3.公务用车购置及运行费 …), each once, with no heading between: a breakdown. In
     * {@code openings} a null stands for a paragraph opened by no amount, two nulls for a heading.
     */
    private void paragraphComposition(List<Statement> openings, List<Breakdown> breakdowns) {
        for (int i = 0; i < openings.size(); i++) {
            Statement whole = openings.get(i);
            String concept = whole == null ? null : labels.concept(whole.label);
            if (concept == null) {
                continue;
            }
            for (Map.Entry<String, List<String>> composition : compositions.entrySet()) {
                if (!concept.equals(wholeOf(composition.getKey()))) {
                    continue;
                }
                List<Statement> parts = new ArrayList<>();
                Set<String> named = new HashSet<>();
                for (int j = i + 1; j < openings.size() && parts.size() < composition.getValue().size(); j++) {
                    Statement part = openings.get(j);
                    if (part == null) {
                        if (j + 1 < openings.size() && openings.get(j + 1) == null) {
                            break;
                        }
                        continue;
                    }
                    String partConcept = labels.concept(part.label);
                    if (partConcept == null || !composition.getValue().contains(partConcept) || !named.add(partConcept)
                            || part.parent != null || !NUMBERED.matcher(part.paragraph().norm()).find()) {
                        break;
                    }
                    parts.add(part);
                }
                if (named.equals(new HashSet<>(composition.getValue())) && sameScope(whole, parts)) {
                    breakdowns.add(new Breakdown(whole, parts, false, Breakdown.How.COMPOSITION));
                }
            }
        }
    }

    private static List<Statement> topLevel(List<Statement> statements) {
        List<Statement> tops = new ArrayList<>();
        for (Statement statement : statements) {
            if (statement.parent == null && statement.depth == 0) {
                tops.add(statement);
            }
        }
        return tops;
    }
}
