namespace ItaWorkflow.Admin;

/// <summary>A problem with one field of the directory form; <paramref name="Field"/> is the input's id, for the link and the mark.</summary>
public sealed record DirectoryFormError(string Field, string Message);
