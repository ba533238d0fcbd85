/**
 * townhall's core: the domain model of participatory-democracy meetings. Pure Java, immutable,
 * no I/O; its only dependency is the Jakarta Validation API.
 *
 * <p>Conventions of every package. The model's types are records that compare by value.
 * Nullness has one style, JSpecify's: every package is {@code @NullMarked}, an optional part is a
 * {@code @Nullable} accessor (never an {@code Optional}), and a list is never null, empty when
 * there is nothing. {@code Session.builder(...)} and the other {@code builder} factories return a
 * builder generated at compile time ({@code SessionBuilder}: one setter per component, an
 * {@code addX(element)} adder per list, {@code build()}); every record has generated
 * {@code withX} copies and {@code with()}, a builder holding its values. Constructors check
 * structure only, naming what is missing; business rules are Jakarta constraints beside the types
 * they check (see {@code io.github.townhall.validation}).
 */
module io.github.townhall.core {
    requires transitive jakarta.validation;
    requires static org.jspecify;
    // Compile time only: the annotations that generate the builders are not kept in the classes.
    requires static io.soabase.recordbuilder.core;
    requires static java.compiler;

    exports io.github.townhall.id;
    exports io.github.townhall.text;
    exports io.github.townhall.constraint;
    exports io.github.townhall.people;
    exports io.github.townhall.place;
    exports io.github.townhall.schedule;
    exports io.github.townhall.organisation;
    exports io.github.townhall.cycle;
    exports io.github.townhall.session;
    exports io.github.townhall.deliberation;
    exports io.github.townhall.announcement;
    exports io.github.townhall.archive;
    exports io.github.townhall.validation;
    exports io.github.townhall.site;

    // Validation providers read the constraints of the model's private fields by reflection and
    // instantiate the validators each package holds (SessionValidators...); opened to any
    // provider, not only Hibernate Validator.
    opens io.github.townhall.id;
    opens io.github.townhall.text;
    opens io.github.townhall.constraint;
    opens io.github.townhall.people;
    opens io.github.townhall.place;
    opens io.github.townhall.schedule;
    opens io.github.townhall.organisation;
    opens io.github.townhall.cycle;
    opens io.github.townhall.session;
    opens io.github.townhall.deliberation;
    opens io.github.townhall.announcement;
    opens io.github.townhall.archive;
}
