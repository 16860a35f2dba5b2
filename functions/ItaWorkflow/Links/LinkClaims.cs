using ItaWorkflow.Directories;

namespace ItaWorkflow.Links;

/// <summary>What a signed link allows: one task on one instance, for one recipient in one role, until it expires.</summary>
/// <param name="InstanceId">The measure or plan instance.</param>
/// <param name="Task">acknowledge, progress, review, report-review, report-approve or none (view only).</param>
/// <param name="Role">The recipient's role.</param>
/// <param name="Recipient">The recipient's email address; recorded as the actor.</param>
/// <param name="Division">The division acting, for division links.</param>
/// <param name="Period">0-based follow-up period the link is about (-1 when none).</param>
/// <param name="ExpiresAt">After this the link is refused.</param>
/// <param name="IssuedAt">
/// When the link was signed; a retired key verifies only links issued before its retirement. Null in links sent
/// before this claim existed; their issue time is then taken as <c>ExpiresAt - Links:Lifetime</c>.
/// </param>
public sealed record LinkClaims(
    string InstanceId,
    string Task,
    DirectoryRole Role,
    string Recipient,
    string? Division,
    int Period,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? IssuedAt = null);
