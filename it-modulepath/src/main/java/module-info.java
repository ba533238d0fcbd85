/**
 * A modular application that uses townhall as a modular user would: it requires townhall's
 * iCalendar and JSON modules (and through them the core), and finds Hibernate Validator, the
 * Jakarta Validation provider, on the module path as a service.
 */
module io.github.townhall.it.modulepath {
    requires io.github.townhall.ical;
    requires io.github.townhall.json;

    // To say which provider jakarta.validation found; the application never names it.
    uses jakarta.validation.spi.ValidationProvider;
}
