package org.budgetdesk.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The audit's test texts, from {@code src/test/resources/org/budgetdesk/audit}. */
final class AuditTexts {
    /** The published 2021 explanation of 乐山市社会保险事务中心, with its three slips. */
    static final String SEED = "leshan-2021-published.txt";
    /** A Sichuan explanation in 万元 with two decimals (trailing zeros dropped), without slips. */
    static final String SICHUAN = "sichuan-2022.txt";
    /** A central department's explanation in 万元, compared with 执行数, without slips. */
    static final String CENTRAL = "central-2022.txt";
    /** A unit publishing in 元 with percentages to one or two decimals, without slips. */
    static final String YUAN = "yuan-2023.txt";
    /** A Guangdong-style explanation: shares and changes of each part in one list, a 其中 bracket after a rate. */
    static final String GUANGDONG = "guangdong-2023.txt";
    /** A unit's explanation in whole 元, comparisons in a sentence of their own, thresholds and approximations. */
    static final String HUNAN = "hunan-2022-yuan.txt";
    /**
     * A municipal bureau's text: the whole and its parts in one sentence, shares to one decimal, counts of vehicles.
     */
    static final String MUNICIPAL = "municipal-2024.txt";
    /**
     * A county unit's terse text: spaces around figures; shares naming their whole (占“三公”经费的…), also outside a
     * list with no 其中 between; a prior-year amount printed without its unit (较上年 36.80 增加 1.84 万元), or stated
     * before the current one (上年…为…，本年…为…); a fall printed as a negative growth (增加 -8.70 万元，增长 -1.83 %);
     * amounts named together and given in turn (人员经费和公用经费分别为…); shares, changes and rates given in turn
     * (占比分别为…、…; 分别比上年增加…、…); a list opened by a purpose word and a colon (主要用于：…); parts numbered
     * 一是…；二是…; parts that each say how they changed.
     */
    static final String COUNTY = "county-2019.txt";

    private AuditTexts() {
    }

    static String read(String name) {
        try (InputStream in = AuditTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test text " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with {@code original} (which must occur exactly once) replaced. */
    static String withSlip(String name, String original, String replacement) {
        String text = read(name);
        int at = text.indexOf(original);
        if (at < 0 || text.indexOf(original, at + 1) >= 0) {
            throw new IllegalArgumentException(name + " must hold “" + original + "” exactly once");
        }
        return text.substring(0, at) + replacement + text.substring(at + original.length());
    }
}
