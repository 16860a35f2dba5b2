using ItaWorkflow.Directories;

namespace ItaWorkflow.Links;

/// <summary>Which form actions a link allows: decided by its task and role only, never by what the form says.</summary>
public static class LinkActions
{
    public const string Acknowledge = "acknowledge";
    public const string Progress = "progress";
    public const string Approve = "approve";
    public const string Return = "return";
    public const string Complete = "complete";
    public const string Forward = "forward";
    public const string ReportApprove = "report-approve";
    public const string ReportReturn = "report-return";

    public static IReadOnlyList<string> Allowed(LinkClaims claims) => (claims.Task, claims.Role) switch
    {
        ("acknowledge", DirectoryRole.Division or DirectoryRole.DivisionHead) when claims.Division is not null => [Acknowledge],
        ("progress", DirectoryRole.Division or DirectoryRole.DivisionHead) when claims.Division is not null => [Progress],
        ("review", DirectoryRole.Director) => [Approve, Return, Complete],
        ("report-review", DirectoryRole.Coordinator) => [Forward, ReportReturn],
        ("report-approve", DirectoryRole.Director) => [ReportApprove, ReportReturn],
        _ => [],
    };

    public static bool Allows(LinkClaims claims, string action) => Allowed(claims).Contains(action);
}
