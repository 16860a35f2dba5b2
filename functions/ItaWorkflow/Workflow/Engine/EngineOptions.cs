namespace ItaWorkflow.Workflow.Engine;

/// <summary>Engine tuning; defaults suit both Azure and Azurite.</summary>
public sealed class EngineOptions
{
    public const string SectionName = "Engine";

    /// <summary>Attempts before a work item is parked in the dead-letter table (the queue trigger's maxDequeueCount matches).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First retry delay; each further attempt doubles it.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How old a recovery marker must be before the sweep repairs its instance.</summary>
    public TimeSpan RecoveryGrace { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a consumer owns the outbox rows it claimed, and how long a message the local pump received stays hidden:
    /// a message whose handling failed (storage down, process killed) is delivered again after this.
    /// </summary>
    public TimeSpan DispatchLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Messages the local pump handles at once.</summary>
    public int PumpParallelism { get; set; } = 16;

    /// <summary>How often the local ticker scans timers (real time).</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(10);
}
