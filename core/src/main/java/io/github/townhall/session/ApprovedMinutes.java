package io.github.townhall.session;

import io.github.townhall.deliberation.DecisionId;
import io.github.townhall.id.Identifier;
import io.github.townhall.text.Text;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Minutes approved, usually by a later session (approuvé).
 *
 * @param text the minutes, or null when kept elsewhere
 * @param approvedOn when they were approved, or null
 * @param approvedBySession the session that approved them, or null
 * @param approvedByDecision the decision that approved them, or null
 * @since 0.1
 */
public record ApprovedMinutes(
        @Nullable Text text,
        @Nullable LocalDate approvedOn,
        @Identifier @Nullable SessionId approvedBySession,
        @Identifier @Nullable DecisionId approvedByDecision)
        implements Minutes {}
