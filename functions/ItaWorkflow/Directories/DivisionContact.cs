namespace ItaWorkflow.Directories;

/// <summary>One division (ฝ่าย) of a district office and who to email about its work.</summary>
/// <param name="Name">Thai name as used in plans, e.g. <c>ฝ่ายทะเบียน</c>.</param>
/// <param name="Aliases">Other spellings that refer to the same division.</param>
/// <param name="Emails">Contact addresses of the division.</param>
/// <param name="HeadEmail">The division head's address (หัวหน้าฝ่าย), for escalations.</param>
/// <param name="EntraGroupId">The Entra ID group whose members are the division, for <see cref="GraphDirectorySync"/>.</param>
public sealed record DivisionContact(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Emails, string? HeadEmail, string? EntraGroupId = null);
