using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Bench;

/// <summary>What the engine bench runs: a definition, the input of its i-th instance and the events raised on each instance in turn.</summary>
public sealed record EngineWorkload(string Label, string Definition, Func<int, object> Input, IReadOnlyList<WorkflowEvent> Script);
