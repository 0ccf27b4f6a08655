package org.budgetdesk.check;

/** How serious a finding is (REFERENCE §8), most serious first. */
public enum Severity {
    /** A real mismatch: a published table or sentence would contradict another. */
    ERROR,
    /** Plausibility: probably a slip, possibly intended. */
    WARNING,
    /** Information, e.g. a rounding residue the explanation should mention. */
    INFO
}
