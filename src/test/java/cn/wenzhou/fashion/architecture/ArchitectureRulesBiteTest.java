package cn.wenzhou.fashion.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import cn.wenzhou.fashion.architecture.fixture.domain.Shoe;
import cn.wenzhou.fashion.architecture.fixture.domain.Tag;

/**
 * The production rules, applied to the fixture package with its planted violations: each rule must report its
 * violation by the offending classes and stay silent on the others, and all rules must pass on clean classes.
 */
class ArchitectureRulesBiteTest {

    private static final String BASE = "cn.wenzhou.fashion.architecture.fixture";
    private static final ArchitectureRules RULES = new ArchitectureRules(BASE, ArchitectureRules.FLOORS);
    // Test classes included: the fixture is test code.
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(BASE);

    @Test
    void anUpwardImportBreaksTheFloors() {
        String violations = violations(RULES.floorsOnlyLookDown());

        assertThat(violations).contains(BASE + ".domain.Shoe", BASE + ".match.Ranker");
        assertThat(violations).contains(BASE + ".domain.Tag", BASE + ".search.Analyzer");
        // Same-floor and downward imports are allowed.
        assertThat(violations).doesNotContain("Coupon", "Renderer");
    }

    @Test
    void aFeatureOnNoFloorBreaksTheFloors() {
        assertThat(violations(RULES.floorsOnlyLookDown()))
                .contains("Class <" + BASE + ".stray.Stray> is not contained in architecture");
    }

    @Test
    void twoSameFloorFeaturesUsingEachOtherFormAFeatureLoop() {
        String violations = violations(RULES.featuresFormNoImportLoop());

        assertThat(violations).contains("feature cooperation", "feature voucher", "Deal", "Coupon");
        // A loop between two packages of one feature is no feature loop.
        assertThat(violations).doesNotContain("Weights");
    }

    @Test
    void packagesUsingEachOtherFormAPackageLoopEvenInsideOneFeature() {
        // Only the match feature: ArchUnit 1.4.1 reports at least one loop when there is any, but may leave out
        // another, unrelated one (here cooperation <-> voucher) depending on the order in which it visits packages.
        JavaClasses match = FIXTURE.that(resideInAPackage(BASE + ".match.."));

        assertThat(violations(RULES.packagesFormNoImportLoop(), match))
                .contains("package match", "package match.score", BASE + ".match.Ranker", BASE + ".match.score.Weights");
        assertThat(RULES.featuresFormNoImportLoop().evaluate(match).hasViolation()).isFalse();
    }

    @Test
    void aNonRestClassUsingARestAdapterIsReported() {
        String violations = violations(RULES.onlyRestAdaptersUseRestAdapters());

        assertThat(violations).contains(BASE + ".web.Renderer", BASE + ".search.rest.Endpoint");
        // The adapter may use its own feature.
        assertThat(violations).doesNotContain("Analyzer");
    }

    @Test
    void anEntityImportingSearchIsReported() {
        String violations = violations(RULES.entitiesDoNotImportSearch());

        assertThat(violations).contains(BASE + ".domain.Tag", BASE + ".search.Analyzer")
                .doesNotContain("Shoe");
    }

    @Test
    void cleanClassesPassEveryRuleEvenWithMostFloorsEmpty() {
        JavaClasses clean = FIXTURE.that(resideInAnyPackage(BASE + ".common..", BASE + ".domain..")
                .and(not(belongToAnyOf(Shoe.class, Tag.class))));
        assertThat(clean.stream().map(JavaClass::getSimpleName)).containsExactlyInAnyOrder("Money", "Sole");

        for (ArchRule rule : RULES.all()) {
            EvaluationResult result = rule.evaluate(clean);
            assertThat(result.hasViolation()).as("%s", result.getFailureReport()).isFalse();
        }
    }

    /** The rule's violation lines (without its description, which names every floor), which must not be empty. */
    private static String violations(ArchRule rule) {
        return violations(rule, FIXTURE);
    }

    private static String violations(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as("violation of: %s", rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
