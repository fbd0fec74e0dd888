package cn.wenzhou.fashion.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.stream.IntStream;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The layering rules for the features (first package level) under a base package. The base package and the floors
 * are parameters so that the very rules that guard production code can be shown to bite on a planted fixture
 * (see ArchitectureRulesBiteTest).
 */
final class ArchitectureRules {

    /** Production floors, lowest first: a feature may use features on its own floor and the floors below. */
    static final List<List<String>> FLOORS = List.of(
            List.of("common"),
            List.of("domain"),
            List.of("security"),
            List.of("search"),
            List.of("match"),
            List.of("records"),
            List.of("cooperation", "voucher", "event", "settlement", "incentive"),
            List.of("statistics", "importer", "account", "audit", "notification", "outreach"),
            List.of("web", "dev"));

    private final String base;
    private final List<List<String>> floors;

    ArchitectureRules(String base, List<List<String>> floors) {
        this.base = base;
        this.floors = List.copyOf(floors);
    }

    /**
     * Rule (a): one layer per floor that only the floors above may use (a layer may always use itself).
     * Only dependencies between layers count, so JDK and library types are ignored; that would also let a
     * feature missing from the floors escape unchecked, hence every class must lie on a floor.
     */
    ArchRule floorsOnlyLookDown() {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (int i = 0; i < floors.size(); i++) {
            rule = rule.layer(floorName(i)).definedBy(
                    floors.get(i).stream().map(feature -> base + "." + feature + "..").toArray(String[]::new));
        }
        for (int i = 0; i < floors.size(); i++) {
            String[] above = IntStream.range(i + 1, floors.size()).mapToObj(this::floorName).toArray(String[]::new);
            // mayOnlyBeAccessedByLayers() refuses an empty list: the top floor is simply used by no other floor
            rule = above.length == 0
                    ? rule.whereLayer(floorName(i)).mayNotBeAccessedByAnyLayer()
                    : rule.whereLayer(floorName(i)).mayOnlyBeAccessedByLayers(above);
        }
        return rule
                // a floor without classes (yet) is no violation
                .withOptionalLayers(true)
                // classes directly in the base package belong to no feature
                .ensureAllClassesAreContainedInArchitectureIgnoring(base)
                .because("a feature may use only features on its own floor or below, and every feature has a floor");
    }

    /** Rule (c), features: same-floor features may use each other, but not both ways round. */
    ArchRule featuresFormNoImportLoop() {
        return slices().matching(base + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .because("features that import each other can only be understood, tested and moved together");
    }

    /**
     * Rule (c), packages: also catches loops inside one feature (e.g. between search and search.rest).
     * With several unrelated loops ArchUnit 1.4.1 may list only some of them (the verdict is right): fix and rerun.
     */
    ArchRule packagesFormNoImportLoop() {
        return slices().matching(base + ".(**)").namingSlices("package $1")
                .should().beFreeOfCycles()
                .because("packages that import each other can only be understood, tested and moved together");
    }

    /**
     * Rule (b). Restricted to the base package so that a library package with a "rest" segment
     * (e.g. org.eclipse.microprofile.rest.client) is not taken for one of our adapters.
     */
    ArchRule onlyRestAdaptersUseRestAdapters() {
        String rest = base + "..rest..";
        return noClasses().that().resideInAPackage(base + "..").and().resideOutsideOfPackage(rest)
                .should().dependOnClassesThat().resideInAPackage(rest)
                .because("a rest package is an HTTP adapter at the edge: the service it adapts must not need it");
    }

    /** Rule (d): implied by rule (a), but stated on its own so that its failure message says what is wrong. */
    ArchRule entitiesDoNotImportSearch() {
        return noClasses().that().resideInAnyPackage(base + ".domain..", base + ".common..")
                .should().dependOnClassesThat().resideInAPackage(base + ".search..")
                // domain and common may be empty (e.g. while a restructure is under way)
                .allowEmptyShould(true)
                .because("entities do not import search: search maps and queries the entities, not the other way round");
    }

    List<ArchRule> all() {
        return List.of(floorsOnlyLookDown(), featuresFormNoImportLoop(), packagesFormNoImportLoop(),
                onlyRestAdaptersUseRestAdapters(), entitiesDoNotImportSearch());
    }

    private String floorName(int floor) {
        return "floor " + floor + " " + floors.get(floor);
    }
}
