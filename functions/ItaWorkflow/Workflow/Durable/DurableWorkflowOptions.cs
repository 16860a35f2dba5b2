namespace ItaWorkflow.Workflow.Durable;

/// <summary>
/// How <see cref="WorkflowOrchestrator"/> retries activities before it parks them, and how cases are started and waited
/// for (configuration section <see cref="SectionName"/>).
/// </summary>
public sealed class DurableWorkflowOptions
{
    public const string SectionName = "Durable";

    /// <summary>
    /// Start cases on a virtual clock: business time comes with each event and wake-ups fire when a driver moves the
    /// clock (simulation, tests), never from durable timers.
    /// </summary>
    public bool VirtualClock { get; set; }

    /// <summary>How long a raise waits for the case to apply the event before it answers "saved, being processed".</summary>
    public TimeSpan ApplyWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest pause between two reads while waiting for an applied event.</summary>
    public TimeSpan ApplyPollInterval { get; set; } = TimeSpan.FromMilliseconds(40);

    /// <summary>Attempts per activity, the first included, before the work is parked.</summary>
    public int ActivityAttempts { get; set; } = 5;

    /// <summary>Wait before the first retry; doubles with each further one.</summary>
    public TimeSpan FirstRetryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait between two attempts.</summary>
    public TimeSpan MaxRetryInterval { get; set; } = TimeSpan.FromMinutes(10);
}
