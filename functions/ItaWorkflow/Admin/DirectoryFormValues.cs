namespace ItaWorkflow.Admin;

/// <summary>Everything the directory form holds, as typed, so a refused save shows it again unchanged.</summary>
public sealed record DirectoryFormValues(
    string District,
    IReadOnlyList<DirectoryFormRow> Rows,
    string DirectorName,
    string DirectorEmails,
    string ActingName,
    string ActingEmail,
    string ActingFrom,
    string ActingTo,
    string CoordinatorName,
    string CoordinatorPosition,
    string CoordinatorEmails,
    string ContactPhone);
