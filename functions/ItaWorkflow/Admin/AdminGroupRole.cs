namespace ItaWorkflow.Admin;

/// <summary>Reads an <c>Admin:Groups:{groupId}</c> value: <c>central</c>, <c>reader</c> or <c>district:{district}</c>.</summary>
public static class AdminGroupRole
{
    public const string Central = "central";
    public const string ReaderValue = "reader";
    public const string DistrictPrefix = "district:";

    /// <summary>The admin role and district a group grants, or null when <paramref name="value"/> is not one of the forms.</summary>
    public static (string Role, string? District)? Parse(string? value)
    {
        var text = value?.Trim() ?? "";
        if (string.Equals(text, Central, StringComparison.OrdinalIgnoreCase))
        {
            return (AdminRoles.CentralAdmin, null);
        }

        if (string.Equals(text, ReaderValue, StringComparison.OrdinalIgnoreCase))
        {
            return (AdminRoles.Reader, null);
        }

        if (text.StartsWith(DistrictPrefix, StringComparison.OrdinalIgnoreCase) && text[DistrictPrefix.Length..].Trim() is { Length: > 0 } district)
        {
            return (AdminRoles.DistrictAdmin, district);
        }

        return null;
    }
}
