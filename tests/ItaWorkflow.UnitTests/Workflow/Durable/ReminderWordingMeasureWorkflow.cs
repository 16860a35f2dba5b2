using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Tests.Workflow.Durable;

/// <summary>
/// A second version of the measure definition, as a deployment would bring: the same table, with reminder emails
/// worded differently (their title is marked), so a test can tell which version decided a step.
/// </summary>
public sealed class ReminderWordingMeasureWorkflow : IWorkflowDefinition
{
    public const string Mark = "[ฉบับปรับปรุง]";

    private readonly MeasureWorkflow inner = new();

    public string Name => inner.Name;

    public int Version => inner.Version + 1;

    public IReadOnlyCollection<Type> EventTypes => inner.EventTypes;

    public DefinitionOutcome Start(string inputJson, TransitionContext context) => Reword(inner.Start(inputJson, context));

    public DefinitionOutcome Decide(string stateJson, WorkflowEvent workflowEvent, TransitionContext context) =>
        Reword(inner.Decide(stateJson, workflowEvent, context));

    private static DefinitionOutcome Reword(DefinitionOutcome outcome) => outcome with
    {
        Commands = [.. outcome.Commands.Select(c => c is SendEmail { Template: "reminder" } email
            ? email with { Data = new Dictionary<string, string>(email.Data) { ["title"] = $"{Mark} {email.Data["title"]}" } }
            : c)],
    };
}
