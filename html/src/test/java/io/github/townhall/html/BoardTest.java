package io.github.townhall.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.organisation.BoardRole;
import io.github.townhall.organisation.RoleAssignment;
import io.github.townhall.people.Person;
import io.github.townhall.people.PersonId;
import io.github.townhall.testing.Seeds;
import io.github.townhall.text.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The organisation's board on the agenda page: offices, holders and terms, in both languages. */
class BoardTest {
    static final PersonId CAMILLE = PersonId.of("camille-martin");

    static Archive withBoard() {
        Archive seed = Seeds.impActe();
        return seed.with()
                .organisation(seed.organisation()
                        .withBoard(List.of(
                                RoleAssignment.of(
                                        BoardRole.PRESIDENT,
                                        Person.builder("Camille Martin")
                                                .city("Rennes")
                                                .background(Text.fr("ancienne éducatrice"))
                                                .build()
                                                .withId(CAMILLE),
                                        LocalDate.of(2017, 1, 1)),
                                new RoleAssignment(
                                        BoardRole.TREASURER,
                                        null,
                                        Person.of("Lou <b>Bernard</b>"),
                                        LocalDate.of(2016, 6, 1),
                                        LocalDate.of(2018, 5, 31)),
                                RoleAssignment.named(
                                        Text.fr("Référente financière")
                                                .withTranslation(Locale.ENGLISH, "Financial referent"),
                                        null,
                                        null))))
                .build();
    }

    private static HtmlSite site(Locale language) {
        return HtmlSite.of(HtmlOptions.builder(SiteFixtures.IMP_ACTE_URLS)
                .language(language)
                .build());
    }

    @Test
    void theAgendaShowsTheBoardInATableWithItsTerms() {
        String board = SeedPagesTest.section(site(Locale.FRENCH).agenda(withBoard()), "board");
        assertTrue(
                board.startsWith("Le bureau</h2>\n<table class=\"board\">\n"
                        + "<caption>Membres du bureau et leur mandat</caption>\n"
                        + "<thead><tr><th scope=\"col\">Fonction</th><th scope=\"col\">Nom</th>"
                        + "<th scope=\"col\">Depuis le</th><th scope=\"col\">Jusqu’au</th></tr></thead>\n"),
                board);
        assertTrue(
                board.contains("<tr><th scope=\"row\" dir=\"auto\">Président·e</th><td><bdi>Camille Martin</bdi></td>"
                        + "<td><time datetime=\"2017-01-01\">1 janvier 2017</time></td><td>–</td></tr>"),
                board);
        assertTrue(
                board.contains("<td><bdi>Lou &lt;b&gt;Bernard&lt;/b&gt;</bdi></td>"
                        + "<td><time datetime=\"2016-06-01\">1 juin 2016</time></td>"
                        + "<td><time datetime=\"2018-05-31\">31 mai 2018</time></td>"),
                "escaped, with the end of the term: " + board);
        assertTrue(
                board.contains("<th scope=\"row\" dir=\"auto\">Référente financière</th><td>non nommé·e</td>"
                        + "<td>–</td><td>–</td>"),
                board);
        assertFalse(board.contains("Rennes"), "only the holder's name and office");
        assertFalse(board.contains("éducatrice"), "only the holder's name and office");
    }

    @Test
    void englishLabelsAndTranslatedOffices() {
        String board = SeedPagesTest.section(site(Locale.ENGLISH).agenda(withBoard()), "board");
        assertTrue(board.startsWith("The board</h2>"), board);
        assertTrue(board.contains("<caption>Board members and their terms</caption>"), board);
        assertTrue(board.contains(">President</th><td><bdi>Camille Martin</bdi></td>"), board);
        assertTrue(board.contains("<time datetime=\"2017-01-01\">1 January 2017</time>"), board);
        assertTrue(board.contains(">Treasurer</th>"), board);
        assertTrue(board.contains(">Financial referent</th><td>not named</td>"), board);
        String frenchOnly = SeedPagesTest.section(
                site(Locale.ENGLISH)
                        .agenda(withBoard()
                                .with()
                                .organisation(withBoard()
                                        .organisation()
                                        .withBoard(List.of(
                                                RoleAssignment.named(Text.fr("Référente financière"), null, null))))
                                .build()),
                "board");
        assertTrue(
                frenchOnly.contains("<th scope=\"row\" lang=\"fr\" dir=\"auto\">Référente financière</th>"),
                frenchOnly);
    }

    @Test
    void boardMembersHoldAPublicOfficeButAnErasedPersonIsNotNamed() {
        Archive archive = withBoard();
        assertTrue(
                site(Locale.FRENCH).agenda(archive.withoutPersonalData()).contains("<bdi>Camille Martin</bdi>"),
                "publication keeps board members, as the model says");
        String erased = SeedPagesTest.section(site(Locale.FRENCH).agenda(archive.erase(CAMILLE)), "board");
        assertFalse(erased.contains("Camille"), erased);
        assertTrue(erased.contains(">Président·e</th><td>non nommé·e</td>"), erased);
    }

    @Test
    void noBoardNoSection() {
        String agenda = site(Locale.FRENCH).agenda(Seeds.impActe());
        assertEquals(0, SeedPagesTest.count(agenda, "id=\"board\""), agenda);
        assertEquals(0, SeedPagesTest.count(agenda, "<table"), agenda);
    }
}
