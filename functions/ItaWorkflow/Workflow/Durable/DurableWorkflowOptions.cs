namespace ItaWorkflow.Workflow.Durable;

/// <summary>How <see cref="WorkflowOrchestrator"/> retries activities before it parks them .</summary>
public sealed class DurableWorkflowOptions
{
    /// <summary>Attempts per activity, the first included, before the work is parked.</summary>
    public int ActivityAttempts { get; set; } = 5;

    /// <summary>Wait before the first retry; doubles with each further one.</summary>
    public TimeSpan FirstRetryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait between two attempts.</summary>
    public TimeSpan MaxRetryInterval { get; set; } = TimeSpan.FromMinutes(10);
}
