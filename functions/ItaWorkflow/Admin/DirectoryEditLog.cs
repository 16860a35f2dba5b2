namespace ItaWorkflow.Admin;

/// <summary>Log category for directory edits (who changed which district's directory, and why).</summary>
public sealed class DirectoryEditLog;
