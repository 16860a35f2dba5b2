namespace ItaWorkflow.Hosting;

/// <summary>
/// Names of the Azure Functions defined under <c>functions/triggers</c>. The host posts non-HTTP
/// invocations to <c>/{name}</c>, so these are also the custom-handler routes.
/// </summary>
public static class FunctionNames
{
    /// <summary>HTTP catch-all forwarding pages and API requests.</summary>
    public const string Http = nameof(Http);

    /// <summary>Timer trigger, every minute: durable timers and recovery markers.</summary>
    public const string Ticker = nameof(Ticker);

    /// <summary>Queue trigger on the engine work queue.</summary>
    public const string WorkQueue = nameof(WorkQueue);

    /// <summary>Daily timer trigger purging finished instances past retention.</summary>
    public const string Retention = nameof(Retention);

    /// <summary>The functions whose invocations the app serves as custom-handler payloads.</summary>
    public static IReadOnlyList<string> NonHttp { get; } = [Ticker, WorkQueue, Retention];

    /// <summary>Every function folder the deployment package must contain.</summary>
    public static IReadOnlyList<string> All { get; } = [Http, Ticker, WorkQueue, Retention];
}
