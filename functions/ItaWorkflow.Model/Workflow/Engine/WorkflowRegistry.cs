using System.Text.Json;

namespace ItaWorkflow.Workflow.Engine;

/// <summary>The definitions the engine runs and the event types it can read back from history.</summary>
public sealed class WorkflowRegistry
{
    private static readonly Type[] EngineEvents =
    [
        typeof(InstanceStarted), typeof(InstanceSuspended), typeof(InstanceResumed), typeof(InstanceTerminated),
        typeof(EventDeferred), typeof(EventDiscarded), typeof(TimerFired),
    ];

    private readonly Dictionary<string, IWorkflowDefinition> definitions;
    private readonly Dictionary<string, Type> eventTypes;

    public WorkflowRegistry(IEnumerable<IWorkflowDefinition> definitions)
    {
        this.definitions = definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);
        eventTypes = EngineEvents
            .Concat(this.definitions.Values.SelectMany(d => d.EventTypes))
            .Distinct()
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public IEnumerable<IWorkflowDefinition> Definitions => definitions.Values;

    public IWorkflowDefinition Definition(string name) =>
        definitions.TryGetValue(name, out var definition)
            ? definition
            : throw new ArgumentException($"Unknown workflow definition '{name}'.", nameof(name));

    public bool TryGetEventType(string name, out Type type) => eventTypes.TryGetValue(name, out type!);

    public WorkflowEvent ReadEvent(string typeName, string json)
    {
        if (!TryGetEventType(typeName, out var type))
        {
            throw new ArgumentException($"Unknown event type '{typeName}'.", nameof(typeName));
        }

        return (WorkflowEvent)(JsonSerializer.Deserialize(json, type, EngineJson.Options)
            ?? throw new ArgumentException($"Event '{typeName}' has an empty payload.", nameof(json)));
    }

    public static string WriteEvent(WorkflowEvent workflowEvent) =>
        JsonSerializer.Serialize(workflowEvent, workflowEvent.GetType(), EngineJson.Options);
}
