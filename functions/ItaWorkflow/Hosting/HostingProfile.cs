namespace ItaWorkflow.Hosting;

/// <summary>How this process is hosted, decided once at start-up from configuration.</summary>
/// <param name="Mode">Standalone or behind the Azure Functions host.</param>
/// <param name="CustomHandlerPort">The loopback port the Functions host calls; null when standalone.</param>
public sealed record HostingProfile(HostingMode Mode, int? CustomHandlerPort)
{
    /// <summary>
    /// True when the app must drive timers and the work queue itself. Behind the Functions host the
    /// timer and queue triggers do it, and a second consumer would only compete with them.
    /// </summary>
    public bool RunsLocalPumps => Mode == HostingMode.Local;
}
