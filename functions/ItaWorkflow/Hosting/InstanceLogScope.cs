namespace ItaWorkflow.Hosting;

/// <summary>
/// Logging scope naming the workflow instance and event, so every line logged inside it (and its
/// Application Insights custom dimensions) carries <c>InstanceId</c> and <c>Event</c>.
/// </summary>
public static class InstanceLogScope
{
    /// <summary>Starts a scope with <c>InstanceId</c> and <c>Event</c> properties.</summary>
    public static IDisposable? BeginInstanceScope(this ILogger logger, string instanceId, string eventName) =>
        logger.BeginScope(new Dictionary<string, object>
        {
            ["InstanceId"] = instanceId,
            ["Event"] = eventName,
        });
}
