package org.budgetdesk.audit;

import java.util.regex.Pattern;

/** The compiled patterns that tell what a sentence says about a figure; built once from {@link AuditPatterns}. */
final class Cues {
    final Pattern upEnd;
    final Pattern downEnd;
    final Pattern rateEnd;
    final Pattern rateUpWord;
    final Pattern rateDownWord;
    final Pattern compare;
    final Pattern priorLabel;
    final Pattern shareEnd;
    final Pattern flat;
    final Pattern fullMarker;
    final Pattern partialMarker;
    final Pattern partialEnd;
    final Pattern totalAfter;
    final Pattern reason;
    final Pattern roundingNote;
    final Pattern budgetBasis;
    final Pattern finalBasis;
    final Pattern crossCutting;
    final Pattern missing;
    final Pattern execution;
    final Pattern budgetScope;
    final Pattern changeWord;
    final Pattern priorWord;
    final Pattern respectively;
    final Pattern respectivelyJoiner;
    final Pattern respectivelyWord;
    final Pattern year = Pattern.compile("(\\d{4})\\s*年度?");

    Cues(AuditPatterns p) {
        String filler = "(?:{direction.filler})*";
        upEnd = p.compile("{direction.up}" + filler + "\\s*$");
        downEnd = p.compile("{direction.down}" + filler + "\\s*$");
        rateEnd = p.compile("(?:{direction.up}|{direction.down}|{rate.words})" + filler + "\\s*$");
        rateUpWord = p.compile("(?:增幅|增长率|增速)" + filler + "\\s*$");
        rateDownWord = p.compile("(?:降幅|减幅|下降率)" + filler + "\\s*$");
        compare = p.compile("{compare.marker}");
        changeWord = p.compile("{compare.marker}|{prior.label}|{direction.up}|{direction.down}|{rate.words}");
        priorWord = p.compile("{compare.marker}|{prior.label}");
        priorLabel = p.compile("{prior.label}");
        shareEnd = p.compile("{share.marker}([^，；。]*?)(?:{share.filler})*\\s*$");
        flat = p.compile("{direction.flat}");
        fullMarker = p.compile("^\\s*{breakdown.full}");
        partialMarker = p.compile("^\\s*{breakdown.partial}");
        partialEnd = p.compile("^[^，；。、（）]*{breakdown.partial.end}");
        totalAfter = p.compile("^{total.after}$");
        reason = p.compile("{reason.marker}");
        roundingNote = p.compile("{rounding.note}");
        budgetBasis = p.compile("{basis.budget}");
        finalBasis = p.compile("{basis.final}");
        crossCutting = p.compile("{cross.cutting}");
        missing = p.compile("{placeholder}|{missing.number}");
        execution = p.compile("{year.execution}");
        budgetScope = p.compile("{budget.scope}");
        respectively = p.compile("^(.+?)(?:{respectively})$");
        respectivelyJoiner = p.compile("{respectively.joiner}");
        respectivelyWord = p.compile("{respectively}");
    }
}
