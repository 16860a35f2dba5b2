namespace ItaWorkflow.Directories;

/// <summary>One resolved email recipient.</summary>
/// <param name="Email">Address.</param>
/// <param name="Role">Why they receive it.</param>
/// <param name="Division">The division concerned, for division and head recipients.</param>
public sealed record DirectoryRecipient(string Email, DirectoryRole Role, string? Division);
