namespace ItaWorkflow.Workflow.Engine;

/// <summary>A versioned workflow definition as the engine sees it: pure functions over JSON state.</summary>
public interface IWorkflowDefinition
{
    /// <summary>Definition name stored on every instance, e.g. <c>measure</c>.</summary>
    string Name { get; }

    /// <summary>Version recorded on instances started with this definition.</summary>
    int Version { get; }

    /// <summary>Event types this definition understands, for reading history and raising by name.</summary>
    IReadOnlyCollection<Type> EventTypes { get; }

    /// <summary>The first transition of a new instance.</summary>
    DefinitionOutcome Start(string inputJson, TransitionContext context);

    /// <summary>Decide an event against the stored state.</summary>
    DefinitionOutcome Decide(string stateJson, WorkflowEvent workflowEvent, TransitionContext context);
}
