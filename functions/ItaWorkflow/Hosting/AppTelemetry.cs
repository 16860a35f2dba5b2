using System.Diagnostics;

namespace ItaWorkflow.Hosting;

/// <summary>The app's own trace source; features start spans for engine steps, imports and reports here.</summary>
public static class AppTelemetry
{
    public const string SourceName = "ItaWorkflow";

    /// <summary>Service name reported to Application Insights and OTLP back ends.</summary>
    public const string ServiceName = "ita-workflow";

    public static ActivitySource Source { get; } = new(SourceName);
}
