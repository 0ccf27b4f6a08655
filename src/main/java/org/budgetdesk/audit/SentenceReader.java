package org.budgetdesk.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads one sentence into {@link Statement}s. Each amount is, by the words just before it, the amount of a new
 * statement (its label), the prior-year figure of the statement before it (较上年…, 上年预算数…, 比2020年…), or its
 * change (增加…/减少…); a percentage is its rate (增长…%) or its share (占…%). Totals and their parts come from
 * 其中/包括 lists, brackets right after an amount and 合计 after the parts. Reasons and purposes (主要原因是…,
 * 主要用于…) are skipped up to the next ； or 。, and a sentence about rounding is not read at all.
 */
final class SentenceReader {
    private static final String SEPARATORS = "，；：、。（）";
    private static final char MASK = '\u2026';
    private final Cues cues;
    private final FigureScanner scanner;
    private final Labels labels;
    private final int budgetYear;
    private final boolean finalAccounts;

    SentenceReader(Cues cues, FigureScanner scanner, Labels labels, int budgetYear, boolean finalAccounts) {
        this.cues = cues;
        this.scanner = scanner;
        this.labels = labels;
        this.budgetYear = budgetYear;
        this.finalAccounts = finalAccounts;
    }

    SentenceResult read(Sentence sentence, List<Statement> previous, List<Statement> paragraph) {
        SentenceResult result = new SentenceResult();
        String text = sentence.norm();
        if (cues.roundingNote.matcher(text).find()) {
            return result;
        }
        List<Figure> figures = scanner.scan(text);
        text = Clauses.withoutReasons(text, figures, cues.reason, MASK);
        Reading reading = new Reading(sentence, text, previous, paragraph, result);
        int from = 0;
        for (Figure figure : figures) {
            if (text.charAt(figure.start()) == MASK) {
                continue;
            }
            reading.events(from, figure.start());
            reading.figure(figure, text.substring(from, figure.start()));
            from = figure.end();
        }
        reading.events(from, text.length());
        reading.finish();
        return result;
    }

    /** The state of reading one sentence. */
    private final class Reading {
        private final Sentence sentence;
        private final String text;
        private final List<Statement> previous;
        private final List<Statement> paragraph;
        private final SentenceResult result;
        private final Deque<SentenceLists.Bracket> brackets = new ArrayDeque<>();
        private final Map<Integer, Statement> lastAtDepth = new HashMap<>();
        private SentenceLists.OpenList list;
        private Statement lastAmount;
        private Statement focus;
        private int lastFigureEnd = -1;
        private String previousSegment = "";
        private PendingPrior pendingPrior;
        /** The runs of figures given in turn (占比分别为60%、40%; 分别比上年增加…、…), the last one open. */
        private final List<FiguresInTurn> inTurn = new ArrayList<>();
        private final NamesInTurn names = new NamesInTurn(cues);

        Reading(Sentence sentence, String text, List<Statement> previous, List<Statement> paragraph,
                SentenceResult result) {
            this.sentence = sentence;
            this.text = text;
            this.previous = previous;
            this.paragraph = paragraph;
            this.result = result;
        }

        /** Brackets, list markers, 持平 and list-ending semicolons between two figures. */
        void events(int from, int to) {
            int segmentStart = from;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (SEPARATORS.indexOf(c) < 0) {
                    continue;
                }
                segmentEnd = i;
                segment(text.substring(segmentStart, i));
                if (c == '（') {
                    boolean direct = lastFigureEnd >= 0 && text.substring(lastFigureEnd, i).isBlank();
                    Statement owner = direct ? lastAmount : null;
                    // “…减少2万元（其中，公务用车购置费0万元，…）”: a 其中 bracket after a comparison lists the parts
                    // of the statement compared
                    if (owner == null && direct && focus != null && focus.sentence == sentence
                            && cues.fullMarker.matcher(text.substring(i + 1)).find()) {
                        owner = focus;
                    }
                    brackets.push(new SentenceLists.Bracket(owner));
                } else if (c == '）' && !brackets.isEmpty()) {
                    close(brackets.pop());
                    lastAtDepth.remove(brackets.size() + 1);
                    focus = lastAtDepth.get(brackets.size());
                } else if ((c == '；' || c == '，' || c == '、') && list != null && list.depth == brackets.size()) {
                    // a list whose parts are parted by ， ends at a ；; one parted by ； runs to the full stop
                    if (c == '；' && list.children.size() >= 2 && !list.semicolons) {
                        finishList();
                    } else {
                        list.lastSeparator = c;
                    }
                }
                segmentStart = i + 1;
            }
            segmentEnd = to;
            segment(text.substring(segmentStart, to));
        }

        private int segmentEnd;

        private void segment(String raw) {
            String segment = raw.strip();
            if (segment.isEmpty()) {
                return;
            }
            int depth = brackets.size();
            boolean full = cues.fullMarker.matcher(segment).find();
            boolean partial = !full && cues.partialMarker.matcher(segment).find();
            if (full || partial) {
                openList(depth, partial);
            }
            if (cues.flat.matcher(segment).find() && (comparing(segment) || comparing(previousSegment))) {
                Statement target = target(depth);
                if (target != null && target.change == null) {
                    target.flat = true;
                }
            }
            previousSegment = segment;
        }

        private boolean comparing(String segment) {
            return cues.compare.matcher(segment).find() || cues.priorLabel.matcher(segment).find();
        }

        private void openList(int depth, boolean partial) {
            if (depth > 0 && brackets.peek().owner != null) {
                brackets.peek().partial |= partial;
                return;
            }
            if (list != null && list.depth == depth) {
                // a second 其中 inside a list: the list is ambiguous only if amounts follow it in the list
                list.nestedMarker |= !list.children.isEmpty();
                return;
            }
            Statement parent = lastAtDepth.get(depth);
            if (parent == null && result.statements.isEmpty() && previous != null && !previous.isEmpty()) {
                parent = Clauses.firstTopLevel(previous);
            }
            // an amount with no words before it (a line a PDF broke off) is no total to list parts under
            if (parent != null && !parent.label.isEmpty()) {
                list = new SentenceLists.OpenList(parent, depth, partial);
                list.markerEnd = segmentEnd;
            }
        }

        void figure(Figure figure, String left) {
            int depth = brackets.size();
            // a minus sign right after a direction word (增长-5.03%, 增加-65.44万元) turns the direction round: the
            // scanner keeps only such signed figures, and the figure itself is the magnitude
            String unsigned = left.stripTrailing();
            int sign = unsigned.endsWith("-") || unsigned.endsWith("－") ? -1 : 1;
            String segment = Clauses.finalSegment(sign < 0 ? unsigned.substring(0, unsigned.length() - 1) : left);
            lastFigureEnd = figure.end();
            if (figure.isPercent()) {
                lastAmount = null;
                percent(figure, segment, depth, sign);
                return;
            }
            if (continuesInTurn(figure, segment)) {
                return;
            }
            boolean up = cues.upEnd.matcher(segment).find();
            if (up || cues.downEnd.matcher(segment).find()) {
                lastAmount = null;
                if (cues.respectivelyWord.matcher(segment).find()) {
                    startInTurn(FiguresInTurn.Kind.CHANGE, (up ? 1 : -1) * sign, "", depth, figure);
                    return;
                }
                Statement target = target(depth, subject(segment, cues.changeWord));
                if (target != null && target.change == null && !target.flat) {
                    target.change = figure;
                    target.changeSign = (up ? 1 : -1) * sign;
                    target.saidIn(figure, sentence);
                    focus = target;
                }
                return;
            }
            if (cues.compare.matcher(segment).find() || cues.priorLabel.matcher(segment).find()) {
                lastAmount = null;
                Statement target = target(depth, subject(segment, cues.priorWord));
                if (target == null && pendingPrior == null && !cues.compare.matcher(segment).find()) {
                    // 上年收入预算为800万元，本年收入预算为860万元: the prior-year figure of the amount named alike next
                    pendingPrior = new PendingPrior(figure, 0, Clauses.rawLabel(left, labels),
                            Clauses.budgetBasis(cues, segment), true);
                    return;
                }
                if (target != null && target.prior == null) {
                    target.prior = figure;
                    target.priorYear = Clauses.yearIn(cues, segment);
                    target.priorBudgetBasis = Clauses.budgetBasis(cues, segment);
                    target.saidIn(figure, sentence);
                    focus = target;
                }
                return;
            }
            amount(figure, left, depth);
        }

        private void percent(Figure figure, String segment, int depth, int sign) {
            if (continuesInTurn(figure, segment)) {
                return;
            }
            boolean inTurnWord = cues.respectivelyWord.matcher(segment).find();
            Matcher share = cues.shareEnd.matcher(segment);
            if (share.find()) {
                if (inTurnWord) {
                    String whole = labels.clean(cues.respectivelyWord.matcher(share.group(1)).replaceAll(""));
                    startInTurn(FiguresInTurn.Kind.SHARE, 0, whole, depth, figure);
                    return;
                }
                String subject = labels.clean(segment.substring(0, share.start()));
                Statement target = target(depth, subject);
                if (target == null && !subject.isEmpty()) {
                    Statement alone = new Statement(sentence, figure, subject, subject, 0, false, depth);
                    alone.share = figure;
                    alone.shareWhole = labels.clean(share.group(1));
                    result.shareOnly.add(alone);
                } else if (target != null && target.share == null) {
                    target.share = figure;
                    target.shareWhole = labels.clean(share.group(1));
                    target.saidIn(figure, sentence);
                }
                return;
            }
            if (!cues.rateEnd.matcher(segment).find()) {
                return;
            }
            int rateSign = sign * (cues.upEnd.matcher(segment).find() || cues.rateUpWord.matcher(segment).find() ? 1
                    : cues.downEnd.matcher(segment).find() || cues.rateDownWord.matcher(segment).find() ? -1 : 0);
            if (inTurnWord) {
                startInTurn(FiguresInTurn.Kind.RATE, rateSign, "", depth, figure);
                return;
            }
            Statement target = target(depth, subject(segment, cues.changeWord));
            if (target != null && target.rate == null && target.sentence == sentence
                    || target != null && target.rate == null && target == focus) {
                target.rate = figure;
                target.saidIn(figure, sentence);
                target.rateSign = rateSign;
            }
        }

        /**
         * Starts a run of figures given in turn (分别…): they go to the amounts listed just before, once the sentence
         * has given them all ({@link FiguresInTurn}).
         */
        private void startInTurn(FiguresInTurn.Kind kind, int sign, String whole, int depth, Figure first) {
            boolean listed = list != null && list.depth == depth;
            List<Statement> owners = listed ? list.children : result.statements.stream().filter(statement ->
                    statement.sentence == sentence && statement.depth == depth && statement.parent == null).toList();
            inTurn.add(new FiguresInTurn(kind, sign, whole, owners, listed, first));
        }

        /** Whether {@code figure} is the next of the open run (、40%; 和80万元): only joining words before it. */
        private boolean continuesInTurn(Figure figure, String segment) {
            return !inTurn.isEmpty() && cues.respectivelyJoiner.matcher(segment).replaceAll("").isBlank()
                    && inTurn.get(inTurn.size() - 1).take(figure);
        }

        private String subject(String segment, java.util.regex.Pattern words) {
            return Clauses.subject(segment, words, labels);
        }

        private void amount(Figure figure, String left, int depth) {
            String raw = Clauses.rawLabel(left, labels);
            int year = Clauses.yearIn(cues, raw);
            boolean budget = Clauses.budgetBasis(cues, Clauses.afterYear(cues, raw));
            boolean anyBasis = budget || cues.finalBasis.matcher(Clauses.afterYear(cues, raw)).find();
            if (year > 0 && budgetYear > 0 && year < budgetYear && anyBasis && !finalAccounts) {
                Statement target = lastAtDepth.get(depth);
                if (target != null && target.prior == null && (target.year == 0 || target.year == budgetYear)) {
                    target.prior = figure;
                    target.priorYear = year;
                    target.priorBudgetBasis = budget;
                    lastAmount = null;
                    return;
                }
                if (pendingPrior == null) {
                    pendingPrior = new PendingPrior(figure, year, raw, budget, false);
                    lastAmount = null;
                    return;
                }
            }
            String label = labels.clean(raw);
            String name = names.nameFor(label);
            if (name != null) {
                label = name;
                raw = name;
            }
            Statement statement = new Statement(sentence, figure, label, raw, year, budget, depth);
            if (pendingPrior != null && pendingPrior.fits(label, labels, cues)) {
                pendingPrior.giveTo(statement);
                pendingPrior = null;
            }
            place(statement, depth);
            lastAtDepth.put(depth, statement);
            lastAtDepth.keySet().removeIf(d -> d > depth);
            result.statements.add(statement);
            lastAmount = statement;
            focus = statement;
        }

        private void place(Statement statement, int depth) {
            boolean total = cues.totalAfter.matcher(statement.label).find();
            SentenceLists.Bracket bracket = brackets.peek();
            if (depth > 0 && bracket != null && bracket.owner != null) {
                statement.parent = bracket.owner;
                statement.inBrackets = true;
                bracket.owner.children.add(statement);
            } else if (list != null && list.depth == depth && list.nestedMarker) {
                list.ambiguous = true;
            } else if (list != null && list.depth == depth && !list.ambiguous) {
                if (total) {
                    if (list.children.size() >= 2) {
                        result.breakdowns.add(new Breakdown(statement, list.children, false,
                                Breakdown.How.TOTAL_AFTER));
                    }
                    list = null;
                    return;
                }
                statement.parent = list.parent;
                list.children.add(statement);
                if (list.children.size() == 2) {
                    list.semicolons = list.lastSeparator == '；';
                }
                list.lastChildEnd = statement.current.end();
            } else if (total) {
                List<Statement> parts = new ArrayList<>();
                for (Statement earlier : result.statements) {
                    if (earlier.depth == depth && earlier.parent == null) {
                        parts.add(earlier);
                    }
                }
                if (parts.size() >= 2) {
                    result.breakdowns.add(new Breakdown(statement, parts, false, Breakdown.How.TOTAL_AFTER));
                }
            }
        }

        /**
         * The statement a comparison, share or rate belongs to: the one it names (财政拨款收支总预算增加…), else the one the
         * sentence is about at this depth, else the only statement of the sentence before.
         */
        private Statement target(int depth, String subject) {
            if (!subject.isEmpty()) {
                return named(subject);
            }
            if (focus != null && (focus.sentence != sentence || focus.depth <= depth)) {
                return focus;
            }
            for (int d = depth; d >= 0; d--) {
                Statement statement = lastAtDepth.get(d);
                if (statement != null) {
                    return statement;
                }
            }
            if (result.statements.isEmpty() && previous != null && previous.size() == 1) {
                return previous.get(0);
            }
            return null;
        }

        private Statement target(int depth) {
            return target(depth, "");
        }

        private Statement named(String subject) {
            List<Statement> candidates = new ArrayList<>(paragraph);
            candidates.addAll(result.statements);
            return Clauses.named(candidates, subject, labels, budgetYear);
        }

        private void close(SentenceLists.Bracket bracket) {
            Breakdown breakdown = bracket.breakdown();
            if (breakdown != null) {
                result.breakdowns.add(breakdown);
            }
        }

        private void finishList() {
            Breakdown breakdown = list == null ? null : list.breakdown(text, cues);
            if (breakdown != null) {
                result.breakdowns.add(breakdown);
            }
            list = null;
        }

        void finish() {
            inTurn.forEach(run -> run.give(sentence));
            if (pendingPrior != null) {
                result.statements.add(pendingPrior.alone(sentence, labels));
            }
            while (!brackets.isEmpty()) {
                close(brackets.pop());
            }
            if (list != null && list.children.isEmpty() && !list.ambiguous
                    && text.substring(list.markerEnd).matches("[：\\s。]*")) {
                result.openParent = list.parent;
                result.openPartial = list.partial;
                list = null;
            }
            finishList();
        }
    }
}
