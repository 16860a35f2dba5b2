using System.Text.Json;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// Every registered version of every definition. A case decides each step with the version in its generation and moves
/// to the newest version at the next <c>ContinueAsNew</c>, so a deployment never changes how a step already under way
/// replays; the previous version stays registered for one release so that steps in flight during the swap replay with it.
/// </summary>
public sealed class WorkflowCatalog
{
    private static readonly Type[] LoopEvents = [typeof(InstanceStarted), typeof(EventDeferred), typeof(EventDiscarded), typeof(TimerFired)];

    private readonly Dictionary<(string Name, int Version), IWorkflowDefinition> versions;
    private readonly Dictionary<string, IWorkflowDefinition> latest;
    private readonly Dictionary<string, Type> eventTypes;

    /// <summary>The current versions of the measure and plan definitions.</summary>
    public static WorkflowCatalog Default { get; } = new([new MeasureWorkflow(), new PlanWorkflow()]);

    public WorkflowCatalog(IEnumerable<IWorkflowDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var all = definitions.ToList();
        versions = all.ToDictionary(d => (d.Name, d.Version));
        latest = all.GroupBy(d => d.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.Version)!, StringComparer.Ordinal);
        eventTypes = LoopEvents.Concat(all.SelectMany(d => d.EventTypes)).Distinct().ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>The newest registered version of <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No definition has that name.</exception>
    public IWorkflowDefinition Latest(string name) =>
        latest.TryGetValue(name, out var definition)
            ? definition
            : throw new ArgumentException($"Unknown workflow definition '{name}'.", nameof(name));

    /// <summary>
    /// The given version, or the newest one when that version is no longer registered (a case idle across two
    /// releases then continues on the current table rather than failing).
    /// </summary>
    public IWorkflowDefinition Get(string name, int version) =>
        versions.TryGetValue((name, version), out var definition) ? definition : Latest(name);

    /// <summary>Reads an event of a registered type from its JSON.</summary>
    /// <exception cref="ArgumentException">The type is unknown or the payload empty.</exception>
    public WorkflowEvent ReadEvent(string typeName, string json) =>
        eventTypes.TryGetValue(typeName, out var type)
            ? (WorkflowEvent)(JsonSerializer.Deserialize(json, type, EngineJson.Options)
                ?? throw new ArgumentException($"Event '{typeName}' has an empty payload.", nameof(json)))
            : throw new ArgumentException($"Unknown event type '{typeName}'.", nameof(typeName));
}
