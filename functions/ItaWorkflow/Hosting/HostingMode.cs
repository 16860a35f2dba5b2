namespace ItaWorkflow.Hosting;

/// <summary>How the process is hosted, which decides who drives timers and queue work.</summary>
public enum HostingMode
{
    /// <summary>Standalone: the app runs its own timer and queue pumps in-process.</summary>
    Local,

    /// <summary>
    /// Behind the Azure Functions host as a custom handler: triggers arrive as HTTP invocations,
    /// so the app must not also poll the queue or scan timers.
    /// </summary>
    FunctionsCustomHandler,
}
