using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Directories;

/// <summary>The people of one district office: divisions, director and deputy, ITA coordinators.</summary>
/// <param name="District">District name as used by plans and instances.</param>
/// <param name="Divisions">Every division.</param>
/// <param name="DirectorEmails">The director (ผอ.เขต) and deputy.</param>
/// <param name="CoordinatorEmails">ITA coordinators.</param>
/// <param name="DirectorName">The director's full name with title, printed in the report's signature block.</param>
/// <param name="CoordinatorName">The ITA coordinator who prepares the report (ผู้รายงาน) and is the emails' contact.</param>
/// <param name="CoordinatorPosition">The coordinator's position, printed under their name.</param>
/// <param name="ContactPhone">The office's contact number, printed in the emails' closing.</param>
/// <param name="ActingDirector">Who acts for the director (รักษาราชการแทน) over a date range, if anyone.</param>
public sealed record DistrictDirectory(
    string District,
    IReadOnlyList<DivisionContact> Divisions,
    IReadOnlyList<string> DirectorEmails,
    IReadOnlyList<string> CoordinatorEmails,
    string? DirectorName = null,
    string? CoordinatorName = null,
    string? CoordinatorPosition = null,
    string? ContactPhone = null,
    ActingDirector? ActingDirector = null)
{
    /// <summary>The word plans use for "every division".</summary>
    public const string AllDivisions = "ทุกฝ่าย";

    /// <summary>Finds a division by name or alias, ignoring spaces.</summary>
    public DivisionContact? Find(string name)
    {
        var key = Normalize(name);
        return Divisions.FirstOrDefault(d => Normalize(d.Name) == key || d.Aliases.Any(a => Normalize(a) == key));
    }

    /// <summary>Resolves names to divisions; <see cref="AllDivisions"/> expands to every division, unknown names are skipped.</summary>
    public IReadOnlyList<DivisionContact> Expand(IEnumerable<string> names)
    {
        var result = new List<DivisionContact>();
        foreach (var name in names)
        {
            var found = Normalize(name) == Normalize(AllDivisions) ? Divisions : Find(name) is { } one ? [one] : [];
            result.AddRange(found.Where(d => !result.Contains(d)));
        }

        return result;
    }

    /// <summary>
    /// Everyone an email for <paramref name="audience"/> goes to, one entry per distinct address. On a day
    /// <paramref name="today"/> within the acting director's range, the director's mail goes to the acting director.
    /// </summary>
    public IReadOnlyList<DirectoryRecipient> Recipients(EmailAudience audience, IReadOnlyList<string> divisions, DateOnly? today = null)
    {
        IReadOnlyList<string> directors = today is { } day && ActingDirector is { } acting && acting.Covers(day) ? [acting.Email] : DirectorEmails;
        IEnumerable<DirectoryRecipient> all = audience switch
        {
            EmailAudience.Division => Expand(divisions).SelectMany(d => d.Emails.Select(e => new DirectoryRecipient(e, DirectoryRole.Division, d.Name))),
            EmailAudience.DivisionHead => Expand(divisions).Where(d => !string.IsNullOrWhiteSpace(d.HeadEmail))
                .Select(d => new DirectoryRecipient(d.HeadEmail!, DirectoryRole.DivisionHead, d.Name)),
            EmailAudience.Director => directors.Select(e => new DirectoryRecipient(e, DirectoryRole.Director, null)),
            _ => CoordinatorEmails.Select(e => new DirectoryRecipient(e, DirectoryRole.Coordinator, null)),
        };
        return [.. all.Where(r => !string.IsNullOrWhiteSpace(r.Email))
            .DistinctBy(r => (r.Email.Trim().ToLowerInvariant(), r.Division))];
    }

    private static string Normalize(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
}
