using ItaWorkflow.Hosting.AppSettings;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Admin;

/// <summary>
/// On a Development run without a configured key, prints the generated admin key once at start. Outside Development no
/// key is generated (start-up validation asks for one instead), so no key ever reaches shipped logs.
/// </summary>
public sealed partial class AdminKeyAnnouncer(IOptions<AdminOptions> options, IHostEnvironment environment, ILogger<AdminKeyAnnouncer> logger) : IHostedService
{
    /// <summary>
    /// Gives a random central-admin key in Development when none is configured and the App Service principal is not trusted.
    /// </summary>
    public static void GenerateKeyIfMissing(AdminOptions options, IHostEnvironment environment, string generated)
    {
        if (environment.IsDevelopment() && !options.TrustAppServicePrincipal && string.IsNullOrEmpty(options.Key))
        {
            options.Key = generated;
            options.KeyWasGenerated = true;
        }
    }

    /// <summary>A random key, drawn once per process so a configuration reload keeps the printed key valid.</summary>
    public static string NewKey() =>
        Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.KeyWasGenerated && environment.IsDevelopment())
        {
            LogKey(options.Value.Key);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin key for /manage/signin (generated for this run; set Admin:Key to fix it): {AdminKey}")]
    private partial void LogKey(string adminKey);
}
