package org.budgetdesk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.budgetdesk.check.Severity;

/**
 * Keeps the arrows pointing one way (STYLE.md): each layer uses only the ones below it, no package reaches back
 * into another that reaches it, and the toolkit, POI and Jackson stay where they belong.
 */
@AnalyzeClasses(packages = "org.budgetdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String MODEL = "org.budgetdesk.model..";
    private static final String CATALOG = "org.budgetdesk.catalog..";
    private static final String FORMAT = "org.budgetdesk.format..";
    private static final String REGION = "org.budgetdesk.region..";

    /**
     * model ← catalog, undo, format, i18n, region ← check, narrative, compare, audit, rollover, readiness ← io,
     * export, audit.read ← cli, ui ← the root (Launcher, App, AppLog, FirstFrame), which wires them. A layer may use
     * any layer below it, and its own.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Root").definedBy("org.budgetdesk")
            .layer("Workbench").definedBy("org.budgetdesk.ui..")
            .layer("Commands").definedBy("org.budgetdesk.cli..")
            .layer("Files").definedBy("org.budgetdesk.io..", "org.budgetdesk.export..", "org.budgetdesk.audit.read..")
            .layer("Services").definedBy("org.budgetdesk.check..", "org.budgetdesk.narrative..",
                    "org.budgetdesk.compare..", "org.budgetdesk.audit", "org.budgetdesk.rollover..",
                    "org.budgetdesk.readiness..")
            .layer("Basics").definedBy(CATALOG, "org.budgetdesk.undo..", FORMAT, "org.budgetdesk.i18n..", REGION)
            .layer("Model").definedBy(MODEL)
            .whereLayer("Root").mayNotBeAccessedByAnyLayer()
            .whereLayer("Workbench").mayOnlyBeAccessedByLayers("Root")
            .whereLayer("Commands").mayOnlyBeAccessedByLayers("Root")
            .whereLayer("Files").mayOnlyBeAccessedByLayers("Workbench", "Commands", "Root")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Files", "Workbench", "Commands", "Root")
            .whereLayer("Basics").mayOnlyBeAccessedByLayers("Services", "Files", "Workbench", "Commands", "Root")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Basics", "Services", "Files", "Workbench", "Commands",
                    "Root")
            .ensureAllClassesAreContainedInArchitecture();

    /** Every package is a slice: ui and ui.income, export and export.xlsx are two each. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.budgetdesk.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule modelHasNoViewNoFileFormatNoPoi = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                    "com.fasterxml.jackson..", "org.apache.poi..");

    /** Observable values (javafx.beans, javafx.collections) serve every layer; scenes, windows, timers do not. */
    @ArchTest
    static final ArchRule onlyTheWorkbenchUsesTheToolkit = noClasses()
            .that().resideOutsideOfPackages("org.budgetdesk.ui..", "org.budgetdesk")
            .should().dependOnClassesThat(resideInAPackage("javafx..")
                    .and(resideInAnyPackage("javafx.beans..", "javafx.collections..").negate()));

    /** The exporters write Office files; the audit's readers read them (and PDF). */
    @ArchTest
    static final ArchRule onlyFileFormatsUsePoi = noClasses()
            .that().resideOutsideOfPackages("org.budgetdesk.export..", "org.budgetdesk.audit.read..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..",
                    "org.apache.pdfbox..");

    @ArchTest
    static final ArchRule catalogReadsNothingOfOurs = classes().that().resideInAPackage(CATALOG)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CATALOG);

    @ArchTest
    static final ArchRule checksReadModelCatalogAndFormatOnly =
            readsModelCatalogAndFormatOnly("org.budgetdesk.check..");

    @ArchTest
    static final ArchRule narrativeReadsModelCatalogAndFormatOnly =
            readsModelCatalogAndFormatOnly("org.budgetdesk.narrative..");

    /**
     * The audit reads a text with the model, the catalog, the number formats, the check severities and the messages;
     * it knows no view, no command line and no project file, and only {@code audit.read} knows file formats.
     */
    @ArchTest
    static final ArchRule auditReadsNoFile = classes().that().resideInAPackage("org.budgetdesk.audit")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "javafx.beans..",
                    "javafx.collections..", "org.budgetdesk.audit", MODEL, CATALOG, FORMAT, "org.budgetdesk.i18n..")
                    .or(equivalentTo(Severity.class)));

    /** A region's folder is data for the explanation and the tables; reading it needs only the units of format. */
    @ArchTest
    static final ArchRule regionReadsFormatOnly = classes().that().resideInAPackage(REGION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", FORMAT, REGION);

    /**
     * No view, no file format, no other reading of the budget: what it says follows from the model alone (and the
     * narrative's wording from the region's folder).
     */
    private static ArchRule readsModelCatalogAndFormatOnly(String layer) {
        return classes().that().resideInAPackage(layer).should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javafx.beans..", "javafx.collections..", MODEL, CATALOG, FORMAT, REGION,
                        layer);
    }
}
