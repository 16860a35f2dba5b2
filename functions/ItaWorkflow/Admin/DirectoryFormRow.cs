namespace ItaWorkflow.Admin;

/// <summary>One division row of the directory form, as typed (lists are comma-separated text).</summary>
/// <param name="Name">Division name.</param>
/// <param name="Aliases">Other names, comma-separated.</param>
/// <param name="Emails">Division addresses, comma-separated.</param>
/// <param name="HeadEmail">The head's address.</param>
/// <param name="GroupId">Entra ID group id.</param>
/// <param name="Remove">Ticked to drop the row on save.</param>
public sealed record DirectoryFormRow(string Name, string Aliases, string Emails, string HeadEmail, string GroupId, bool Remove = false)
{
    /// <summary>An empty row, for adding a division.</summary>
    public static DirectoryFormRow Blank { get; } = new("", "", "", "", "");

    /// <summary>True when nothing was typed in the row.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Name + Aliases + Emails + HeadEmail + GroupId);
}
