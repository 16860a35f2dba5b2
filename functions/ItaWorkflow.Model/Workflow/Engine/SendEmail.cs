namespace ItaWorkflow.Workflow.Engine;

/// <summary>Email the people in an audience, using a Thai template; the notifier resolves addresses and links.</summary>
/// <param name="Template">Template name, e.g. <c>assignment</c>, <c>reminder</c>.</param>
/// <param name="Audience">Who receives it.</param>
/// <param name="District">The district whose directory resolves the audience.</param>
/// <param name="Divisions">Divisions concerned (for division and division-head audiences).</param>
/// <param name="Data">Template values; user-typed values are escaped by the renderer.</param>
public sealed record SendEmail(
    string Template,
    EmailAudience Audience,
    string District,
    IReadOnlyList<string> Divisions,
    IReadOnlyDictionary<string, string> Data) : WorkflowCommand;
