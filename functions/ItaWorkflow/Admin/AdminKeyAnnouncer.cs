using ItaWorkflow.Hosting.AppSettings;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Admin;

/// <summary>On a local run without a configured key, prints the generated admin key once at start.</summary>
public sealed partial class AdminKeyAnnouncer(IOptions<AdminOptions> options, ILogger<AdminKeyAnnouncer> logger) : IHostedService
{
    /// <summary>Gives a random central-admin key when none is configured and the App Service principal is not trusted.</summary>
    public static void GenerateKeyIfMissing(AdminOptions options)
    {
        if (!options.TrustAppServicePrincipal && string.IsNullOrEmpty(options.Key))
        {
            options.Key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
            options.KeyWasGenerated = true;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.KeyWasGenerated)
        {
            LogKey(options.Value.Key);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin key for /manage/signin (generated for this run; set Admin:Key to fix it): {AdminKey}")]
    private partial void LogKey(string adminKey);
}
