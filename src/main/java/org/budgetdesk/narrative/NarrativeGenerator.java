package org.budgetdesk.narrative;

import java.util.Map;
import java.util.function.Consumer;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.Unit;

/**
 * Generates the explanation (部门预算编制的说明) of a unit from a template: the template's outline decides the order
 * of headings, fixed paragraphs and generated blocks; its patterns word every sentence; the numbers come from the
 * model. Generation from a {@link Snapshot} touches no model object, so it may run on any thread.
 *
 * <p>The generated blocks an outline may name: {@code @title}, {@code @functions}, {@code @keyTasks},
 * {@code @overview}, {@code @totals}, {@code @appropriation}, {@code @general.scale}, {@code @general.structure},
 * {@code @general.items}, {@code @basic}, {@code @fund}, {@code @threePublic}, {@code @operatingCosts},
 * {@code @procurement}, {@code @assets}, {@code @performance}, {@code @glossary}.
 */
public final class NarrativeGenerator {
    private static final Map<String, Consumer<Writing>> BLOCKS = Map.ofEntries(
            Map.entry("title", OpeningSections::title),
            Map.entry("functions", OpeningSections::functions),
            Map.entry("keyTasks", OpeningSections::keyTasks),
            Map.entry("overview", OpeningSections::overview),
            Map.entry("totals", OpeningSections::totals),
            Map.entry("appropriation", OpeningSections::appropriation),
            Map.entry("general.scale", GeneralBudgetSections::scale),
            Map.entry("general.structure", GeneralBudgetSections::structure),
            Map.entry("general.items", GeneralBudgetSections::items),
            Map.entry("basic", BasicAndFundSections::basic),
            Map.entry("fund", BasicAndFundSections::fund),
            Map.entry("threePublic", ThreePublicSection::write),
            Map.entry("operatingCosts", OtherMattersSections::operatingCosts),
            Map.entry("procurement", OtherMattersSections::procurement),
            Map.entry("assets", OtherMattersSections::assets),
            Map.entry("performance", OtherMattersSections::performance),
            Map.entry("glossary", GlossarySection::write));

    /** The block that states a figure the figure schema adds: {@code @figure KEY}. */
    private static final String FIGURE_BLOCK = "figure ";
    private final NarrativeTemplate template;

    public NarrativeGenerator(NarrativeTemplate template) {
        this.template = template;
    }

    /** A generator with the Sichuan template. */
    public static NarrativeGenerator sichuan() {
        return new NarrativeGenerator(NarrativeTemplate.sichuan());
    }

    public NarrativeTemplate template() {
        return template;
    }

    /** The explanation of the department as a whole (部门汇总). Reads the model: call on the thread that owns it. */
    public NarrativeDocument generate(Department department) {
        return generate(Snapshot.of(department, department.consolidated()));
    }

    /** The explanation of one unit of the department (or of 部门汇总). Reads the model. */
    public NarrativeDocument generate(Department department, Unit unit) {
        return generate(Snapshot.of(department, unit));
    }

    /**
     * The explanation of a snapshot; safe on any thread.
     *
     * @throws IllegalStateException when the template names an unknown block or key, or a pattern an unknown field
     */
    public NarrativeDocument generate(Snapshot snapshot) {
        Writing writing = new Writing(snapshot, template);
        for (OutlineEntry entry : template.outline()) {
            switch (entry.kind()) {
                case HEADING -> writing.out.heading(entry.level(),
                        new Block.Paragraph(Sentence.fill("outline", entry.value(), headingFields(writing))).text());
                case TEXT -> writing.paragraph(entry.value());
                case BLOCK -> {
                    if (entry.value().startsWith(FIGURE_BLOCK)) {
                        AddedFigureSection.write(writing, entry.value().substring(FIGURE_BLOCK.length()).strip());
                        continue;
                    }
                    Consumer<Writing> block = BLOCKS.get(entry.value());
                    if (block == null) {
                        throw new IllegalStateException("the outline of " + template.region()
                                + " names an unknown block @" + entry.value() + "; known: " + BLOCKS.keySet());
                    }
                    block.accept(writing);
                }
            }
        }
        return writing.out.build();
    }

    private static Map<String, Object> headingFields(Writing writing) {
        Snapshot.Header header = writing.snapshot.header();
        return Map.of("year", Integer.toString(header.year()), "priorYear", Integer.toString(header.year() - 1),
                "department", header.name(), "parent", header.parent());
    }
}
