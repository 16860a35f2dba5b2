using System.Globalization;

namespace ItaWorkflow.Hosting;

/// <summary>Decides the <see cref="HostingProfile"/> from configuration (environment variables included).</summary>
public static class HostingModeDetector
{
    /// <summary>Set by the Azure Functions host for a custom handler: the port it sends invocations to.</summary>
    public const string CustomHandlerPortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>Settings App Service and the Functions host set on every Azure instance.</summary>
    public static readonly IReadOnlyList<string> AzureMarkerSettings = ["WEBSITE_SITE_NAME", "FUNCTIONS_WORKER_RUNTIME", CustomHandlerPortSetting];

    /// <summary>True when any <see cref="AzureMarkerSettings"/> is present: the process runs in App Service or Functions.</summary>
    public static bool RunsInAzure(IConfiguration configuration) =>
        AzureMarkerSettings.Any(setting => !string.IsNullOrWhiteSpace(configuration[setting]));

    /// <summary>
    /// Custom-handler mode when <see cref="CustomHandlerPortSetting"/> is present, local otherwise.
    /// </summary>
    /// <exception cref="InvalidOperationException">The port setting is present but not a TCP port.</exception>
    public static HostingProfile Detect(IConfiguration configuration)
    {
        var raw = configuration[CustomHandlerPortSetting];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return new HostingProfile(HostingMode.Local, null);
        }

        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new InvalidOperationException(
                $"{CustomHandlerPortSetting} ต้องเป็นหมายเลขพอร์ต 1–65535 (ค่าปัจจุบัน '{raw}') — " +
                $"{CustomHandlerPortSetting} must be a port number 1–65535 (was '{raw}').");
        }

        return new HostingProfile(HostingMode.FunctionsCustomHandler, port);
    }
}
