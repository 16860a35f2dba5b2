using ItaWorkflow.Hosting;

namespace ItaWorkflow.Tests.Hosting;

/// <summary>Stands in for the engine's work processor: records every message, optionally failing.</summary>
public sealed class RecordingWorkItemProcessor : IWorkItemProcessor
{
    private readonly List<(string Body, long DequeueCount)> received = [];

    public Exception? FailWith { get; set; }

    public IReadOnlyList<(string Body, long DequeueCount)> Received => received;

    public Task ProcessAsync(string messageBody, long dequeueCount, CancellationToken cancellationToken)
    {
        received.Add((messageBody, dequeueCount));
        return FailWith is null ? Task.CompletedTask : Task.FromException(FailWith);
    }
}
