using Azure.Core.Serialization;
using ItaWorkflow.Tests.Workflow.Durable;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Measures;
using Microsoft.DurableTask.Converters;

namespace ItaWorkflow.Tests.Functions;

/// <summary>
/// In the isolated worker the Durable extension carries orchestration inputs through the worker's serializer (a default
/// <see cref="JsonObjectSerializer"/>), not the SDK's <see cref="JsonDataConverter"/> the local host uses; a generation
/// must survive either unchanged.
/// </summary>
public sealed class WorkerSerializerTests
{
    [Fact]
    public void Generations_with_kept_events_timers_and_applied_keys_round_trip_through_the_worker_serializer()
    {
        var start = SampleMeasures.FiscalYearStart;
        var progress = new ProgressSubmitted(0, SampleMeasures.Registry, WorkStatus.InProgress, 50, "ผล", "ไม่มี", []);
        var kept = WorkflowStepperTests.Step(WorkflowStepperTests.Started().Next, progress, start.AddHours(1), "submit-0").Next;
        var acknowledged = WorkflowStepperTests.Step(kept, new DivisionAcknowledged(SampleMeasures.Registry), start.AddHours(2), "ack").Next;
        Assert.NotEmpty(kept.Kept);
        Assert.NotEmpty(acknowledged.Applied);
        Assert.NotEmpty(acknowledged.Timers);

        foreach (var generation in new[] { kept, acknowledged })
        {
            Assert.Equal(JsonDataConverter.Default.Serialize(generation), JsonDataConverter.Default.Serialize(RoundTrip(generation)));
        }
    }

    private static WorkflowGeneration RoundTrip(WorkflowGeneration generation)
    {
        var serializer = new JsonObjectSerializer();
        var json = serializer.Serialize(generation, typeof(WorkflowGeneration)).ToString();
        return (WorkflowGeneration)serializer.Deserialize(BinaryData.FromString(json).ToStream(), typeof(WorkflowGeneration), CancellationToken.None)!;
    }
}
