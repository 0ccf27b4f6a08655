package org.budgetdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.budgetdesk.catalog.Catalog;
import org.budgetdesk.catalog.CatalogEntry;
import org.budgetdesk.catalog.CodeKind;
import org.budgetdesk.catalog.CodeLevel;
import org.budgetdesk.model.ComparedAmount;
import org.budgetdesk.model.ComparisonBasis;
import org.budgetdesk.model.Department;
import org.budgetdesk.model.DepartmentKind;
import org.budgetdesk.model.EconomicLine;
import org.budgetdesk.model.FunctionalLine;
import org.budgetdesk.model.FundingSource;
import org.budgetdesk.model.PerformanceProject;
import org.budgetdesk.model.Unit;
import org.budgetdesk.model.VehicleUse;

/** Random departments survive a write, read and write unchanged, byte for byte. */
class ProjectRoundTripProperties {
    private static final ProjectFiles FILES = new ProjectFiles();
    private static final Catalog CATALOG = Catalog.forYear(2021);

    @Property(tries = 200)
    void writeReadWriteGivesTheSameBytes(@ForAll("departments") Department department) throws Exception {
        byte[] bytes = FILES.toBytes(department);

        Department loaded = FILES.fromBytes(bytes, Path.of("random.budget"));

        assertThat(FILES.toBytes(loaded)).isEqualTo(bytes);
        assertThat(ModelDump.of(loaded)).containsExactlyElementsOf(ModelDump.of(department));
    }

    @Provide
    Arbitrary<Department> departments() {
        Arbitrary<List<UnitSpec>> units = units().list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(text(), Arbitraries.integers().between(2015, 2030),
                        Arbitraries.of(DepartmentKind.class), Arbitraries.of(ComparisonBasis.class), text(), units)
                .as((name, year, kind, basis, note, specs) -> {
                    Department department = new Department(name, year);
                    department.kind().set(kind);
                    department.comparisonBasis().set(basis);
                    department.note().set(note);
                    for (int i = 0; i < specs.size(); i++) {
                        Unit unit = i == 0 ? department.ownUnit() : new Unit("");
                        specs.get(i).fill(unit, department);
                        if (i > 0) {
                            department.units().add(unit);
                        }
                    }
                    return department;
                });
    }

    private Arbitrary<UnitSpec> units() {
        Arbitrary<FunctionalLine> functional = Combinators.combine(code(CodeKind.FUNCTIONAL),
                        Arbitraries.of(FundingSource.class), amount(), amount(), amount(), amount(), text())
                .as((code, source, personnel, publicCosts, project, prior, purpose) -> {
                    FunctionalLine line = new FunctionalLine(code, source);
                    line.personnel().set(personnel);
                    line.publicCosts().set(publicCosts);
                    line.project().set(project);
                    line.prior().set(prior);
                    line.purpose().set(purpose);
                    return line;
                });
        Arbitrary<EconomicLine> economic = Combinators.combine(code(CodeKind.ECONOMIC), amount(), amount())
                .as((code, current, prior) -> {
                    EconomicLine line = new EconomicLine(code);
                    line.current().set(current);
                    line.prior().set(prior);
                    return line;
                });
        return Combinators.combine(text(), functional.list().ofMaxSize(8).uniqueElements(FunctionalLine::key),
                        economic.list().ofMaxSize(6).uniqueElements(EconomicLine::itemCode),
                        amount().list().ofSize(29), text().list().ofSize(17), Arbitraries.integers()
                                .between(0, 500).list().ofSize(7), text().list().ofMaxSize(3))
                .as(UnitSpec::new);
    }

    /** A code from the catalog or a random well-formed one, which then also gets a custom name. */
    private Arbitrary<String> code(CodeKind kind) {
        List<String> known = CATALOG.entries(kind).stream().map(CatalogEntry::code)
                .filter(code -> CodeLevel.of(kind, code) == CodeLevel.ITEM).toList();
        int length = CodeLevel.ITEM.length(kind);
        return Arbitraries.oneOf(Arbitraries.of(known), Arbitraries.strings().numeric().ofLength(length));
    }

    private Arbitrary<BigDecimal> amount() {
        return Arbitraries.oneOf(
                Arbitraries.of(new BigDecimal("0.00"), new BigDecimal("0.01"), new BigDecimal("999999999999.99")),
                Arbitraries.longs().between(0, 99_999_999_999_999L).map(cents -> BigDecimal.valueOf(cents, 2)));
    }

    private Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(12),
                Arbitraries.strings().ascii().ofMaxLength(20),
                Arbitraries.strings().withChars("预算\"\\\n\r\t “”（）").ofMaxLength(10));
    }

    /** What one random unit holds, applied to a model unit and its department's custom codes. */
    private record UnitSpec(String name, List<FunctionalLine> functional, List<EconomicLine> economic,
                            List<BigDecimal> amounts, List<String> texts, List<Integer> counts,
                            List<String> paragraphs) {
        void fill(Unit unit, Department department) {
            unit.name().set(name);
            for (FunctionalLine line : functional) {
                if (unit.functional().find(line.itemCode(), line.source()).isEmpty()) {
                    unit.functional().add(line);
                    nameIfUnknown(department, CodeKind.FUNCTIONAL, line.itemCode());
                }
            }
            for (EconomicLine line : economic) {
                unit.economic().add(line);
                nameIfUnknown(department, CodeKind.ECONOMIC, line.itemCode());
            }
            int a = 0;
            int t = 0;
            for (FundingSource source : FundingSource.values()) {
                compared(unit.income().source(source), amounts.get(a++), amounts.get(a++), texts.get(t++));
            }
            compared(unit.threePublic().overseasTravel(), amounts.get(a++), amounts.get(a++), texts.get(t++));
            compared(unit.threePublic().reception(), amounts.get(a++), amounts.get(a++), texts.get(t++));
            compared(unit.threePublic().vehiclePurchase(), amounts.get(a++), amounts.get(a++), texts.get(t++));
            compared(unit.threePublic().vehicleOperation(), amounts.get(a++), amounts.get(a++), texts.get(t++));
            compared(unit.operatingCosts(), amounts.get(a++), amounts.get(a++), texts.get(t++));
            unit.procurement().goods().set(amounts.get(a++));
            unit.procurement().works().set(amounts.get(a++));
            unit.procurement().services().set(amounts.get(a));
            unit.threePublic().reason().set(texts.get(t++));
            unit.threePublic().receptionPlan().set(texts.get(t++));
            unit.assets().note().set(texts.get(t++));
            unit.texts().appropriationPurpose().set(texts.get(t));
            for (VehicleUse use : VehicleUse.values()) {
                unit.assets().vehicles(use).set(counts.get(use.ordinal()));
            }
            unit.assets().largeEquipment().set(counts.get(4));
            unit.assets().plannedVehicles().set(counts.get(5));
            unit.assets().plannedLargeEquipment().set(counts.get(6));
            unit.texts().functions().setAll(paragraphs);
            unit.texts().keyTasks().setAll(paragraphs.subList(0, paragraphs.size() / 2));
            for (String paragraph : paragraphs) {
                PerformanceProject project = new PerformanceProject();
                project.name().set(paragraph);
                project.functionalCode().set(functional.isEmpty() ? "" : functional.get(0).itemCode());
                project.amount().set(amounts.get(paragraph.length() % amounts.size()));
                project.goals().set(name + paragraph);
                unit.performance().add(project);
            }
        }

        private static void compared(ComparedAmount amount, BigDecimal current, BigDecimal prior, String reason) {
            amount.current().set(current);
            amount.prior().set(prior);
            amount.reason().set(reason);
        }

        /** A loaded unknown code becomes a custom code; give it a name first, as the UI would. */
        private static void nameIfUnknown(Department department, CodeKind kind, String code) {
            var custom = kind == CodeKind.FUNCTIONAL
                    ? department.customFunctionalCodes() : department.customEconomicCodes();
            if (CATALOG.find(kind, code).isEmpty()) {
                custom.putIfAbsent(code, "自定义" + code);
            }
        }
    }
}
