namespace ItaWorkflow.Directories;

/// <summary>
/// Which responsible divisions an email could not reach: checked before a plan starts, a measure is reassigned or a
/// directory is changed, so a wrong name is refused on the page instead of failing later in a timeline.
/// </summary>
public static class DirectoryCoverage
{
    /// <summary>
    /// The names among <paramref name="divisions"/> that are not in <paramref name="directory"/> (by name or alias) or
    /// whose division has no email address, each once, in the order given. <see cref="DistrictDirectory.AllDivisions"/>
    /// needs at least one division, and every division then needs an address.
    /// </summary>
    public static IReadOnlyList<string> Unreachable(DistrictDirectory? directory, IEnumerable<string> divisions)
    {
        var missing = new List<string>();
        foreach (var name in divisions.Select(d => d.Trim()).Where(d => d.Length > 0))
        {
            var reachable = directory is not null && (IsAll(name)
                ? directory.Divisions.Count > 0 && directory.Divisions.All(HasAddress)
                : directory.Find(name) is { } found && HasAddress(found));
            if (!reachable && !missing.Contains(name))
            {
                missing.Add(name);
            }
        }

        return missing;
    }

    private static bool IsAll(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c))) == DistrictDirectory.AllDivisions;

    private static bool HasAddress(DivisionContact division) => division.Emails.Any(e => !string.IsNullOrWhiteSpace(e));
}
