package io.github.townhall.json.internal;

import io.github.townhall.deliberation.DecisionId;
import io.github.townhall.json.JsonProblem;
import io.github.townhall.session.ApprovedMinutes;
import io.github.townhall.session.DraftMinutes;
import io.github.townhall.session.Minutes;
import io.github.townhall.session.NoMinutes;
import io.github.townhall.session.PendingMinutes;
import io.github.townhall.session.PublishedMinutes;
import io.github.townhall.session.SessionId;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/**
 * Minutes, told apart by {@code "status"}: {@code none}, {@code pending} (note, expectedAt),
 * {@code draft} (text, draftedOn), {@code approved} (text, approvedOn, approvedBySession,
 * approvedByDecision) or {@code published} (title, link, publishedOn, text).
 */
public final class MinutesCodec {
    private static final String WHAT = "minutes";
    private static final String PROPERTIES = "status, note, expectedAt, title, text, link, draftedOn, approvedOn,"
            + " approvedBySession, approvedByDecision, publishedOn";

    private MinutesCodec() {}

    /**
     * Writes minutes.
     *
     * @param g the generator
     * @param minutes the minutes
     */
    public static void write(JsonGenerator g, Minutes minutes) {
        g.writeStartObject();
        // Java 17 has no pattern matching for switch: the sealed interface has exactly these five.
        if (minutes instanceof NoMinutes) {
            g.writeStringProperty("status", "none");
        } else if (minutes instanceof PendingMinutes pending) {
            g.writeStringProperty("status", "pending");
            Out.text(g, "note", pending.note());
            Out.string(g, "expectedAt", pending.expectedAt());
        } else if (minutes instanceof DraftMinutes draft) {
            g.writeStringProperty("status", "draft");
            Out.text(g, "text", draft.text());
            Out.string(g, "draftedOn", draft.draftedOn());
        } else if (minutes instanceof ApprovedMinutes approved) {
            g.writeStringProperty("status", "approved");
            Out.text(g, "text", approved.text());
            Out.string(g, "approvedOn", approved.approvedOn());
            Out.string(g, "approvedBySession", approved.approvedBySession());
            Out.string(g, "approvedByDecision", approved.approvedByDecision());
        } else {
            PublishedMinutes published = (PublishedMinutes) minutes;
            g.writeStringProperty("status", "published");
            Out.text(g, "title", published.title());
            Out.string(g, "link", published.link());
            Out.string(g, "publishedOn", published.publishedOn());
            Out.text(g, "text", published.text());
        }
        g.writeEndObject();
    }

    /**
     * Reads minutes.
     *
     * @param in the cursor
     * @return the minutes
     */
    public static Minutes read(In in) {
        TokenStreamLocation start = in.beginObject(WHAT);
        String status = null;
        Text note = null;
        URI expectedAt = null;
        Text title = null;
        Text text = null;
        URI link = null;
        LocalDate draftedOn = null;
        LocalDate approvedOn = null;
        SessionId approvedBySession = null;
        DecisionId approvedByDecision = null;
        LocalDate publishedOn = null;
        List<String> given = new ArrayList<>();
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "status" -> {
                    status = in.string();
                    if (!List.of("none", "pending", "draft", "approved", "published")
                            .contains(status)) {
                        throw in.fail(
                                JsonProblem.Kind.FORMAT,
                                "Unknown minutes status \"" + status
                                        + "\"; expected one of: none, pending, draft, approved, published.");
                    }
                    continue;
                }
                case "note" -> note = TextCodec.read(in);
                case "expectedAt" -> expectedAt = in.uri();
                case "title" -> title = TextCodec.read(in);
                case "text" -> text = TextCodec.read(in);
                case "link" -> link = in.uri();
                case "draftedOn" -> draftedOn = in.date();
                case "approvedOn" -> approvedOn = in.date();
                case "approvedBySession" -> approvedBySession = SessionId.of(in.string());
                case "approvedByDecision" -> approvedByDecision = DecisionId.of(in.string());
                case "publishedOn" -> publishedOn = in.date();
                default -> {
                    in.unknown(property, WHAT, PROPERTIES);
                    continue;
                }
            }
            given.add(property);
        }
        status = in.required(status, "status", WHAT, start);
        List<String> allowed =
                switch (status) {
                    case "none" -> List.of();
                    case "pending" -> List.of("note", "expectedAt");
                    case "draft" -> List.of("text", "draftedOn");
                    case "approved" -> List.of("text", "approvedOn", "approvedBySession", "approvedByDecision");
                    default -> List.of("title", "link", "publishedOn", "text");
                };
        for (String name : given) {
            if (!allowed.contains(name)) {
                throw in.invalidObject(
                        start,
                        "Minutes with status \"" + status + "\" have no property \"" + name + "\""
                                + (allowed.isEmpty() ? "." : "; they have: " + String.join(", ", allowed) + "."));
            }
        }
        return switch (status) {
            case "none" -> Minutes.none();
            case "pending" -> new PendingMinutes(note, expectedAt);
            case "draft" -> new DraftMinutes(text, draftedOn);
            case "approved" -> new ApprovedMinutes(text, approvedOn, approvedBySession, approvedByDecision);
            default -> new PublishedMinutes(title, link, publishedOn, text);
        };
    }
}
