namespace ItaWorkflow.Hosting;

/// <summary>
/// Wraps the app's logger factory so that no logger (the app's, ASP.NET Core's "Request starting" lines and request
/// scopes, Kestrel's unhandled-exception lines) passes a link token to any provider: console, OpenTelemetry, or
/// whatever a host adds. Wrapping the factory rather than each provider keeps per-provider filter rules working.
/// </summary>
public sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void Dispose() => inner.Dispose();
}
