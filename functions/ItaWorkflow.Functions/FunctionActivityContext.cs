using Microsoft.DurableTask;

namespace ItaWorkflow.Functions;

/// <summary>The activity context the SDK's generated wrappers build, from the trigger's binding data.</summary>
internal sealed class FunctionActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;
}
