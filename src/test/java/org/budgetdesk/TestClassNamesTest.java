package org.budgetdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.platform.commons.annotation.Testable;

/**
 * Every test runs: Surefire picks up classes named {@code *Test} only and skips the benchmarks' package, so a
 * class with tests named otherwise, or placed there, would pass the build without ever running.
 */
@AnalyzeClasses(packages = "org.budgetdesk", importOptions = ImportOption.OnlyIncludeTests.class)
class TestClassNamesTest {

    /**
     * Concrete classes with a test of their own or inherited: a method marked @Test, @ParameterizedTest,
     * @RepeatedTest, @TestFactory (all {@link Testable}), or an ArchUnit rule.
     */
    private static final DescribedPredicate<JavaClass> HOLD_TESTS = DescribedPredicate.describe("hold tests",
            javaClass -> !javaClass.getModifiers().contains(JavaModifier.ABSTRACT)
                    && (javaClass.getAllMethods().stream().anyMatch(m -> m.isMetaAnnotatedWith(Testable.class))
                    || javaClass.getAllFields().stream().anyMatch(f -> f.isAnnotatedWith(ArchTest.class))));

    @ArchTest
    static final ArchRule classesWithTestsAreNamedSoSurefireRunsThem = classes().that(HOLD_TESTS)
            .should(beRunBySurefire());

    @ArchTest
    static final ArchRule noTestsAmongTheBenchmarks = noClasses().that(HOLD_TESTS)
            .should().resideInAPackage("org.budgetdesk.bench..")
            .because("Surefire skips the benchmarks' package");

    private static ArchCondition<JavaClass> beRunBySurefire() {
        return new ArchCondition<>("be named …Test, or be a @Nested inner class of one") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                events.add(new SimpleConditionEvent(javaClass, runBySurefire(javaClass), String.format(
                        "%s holds tests that never run: Surefire runs classes named …Test and their @Nested inner "
                                + "classes only", javaClass.getName())));
            }
        };
    }

    /** Surefire skips nested classes ({@code *$*}); JUnit runs the non-static ones marked @Nested in a test class. */
    private static boolean runBySurefire(JavaClass javaClass) {
        Optional<JavaClass> enclosing = javaClass.getEnclosingClass();
        if (enclosing.isEmpty()) {
            return javaClass.getSimpleName().endsWith("Test");
        }
        return javaClass.isAnnotatedWith(Nested.class) && !javaClass.getModifiers().contains(JavaModifier.STATIC)
                && runBySurefire(enclosing.get());
    }
}
