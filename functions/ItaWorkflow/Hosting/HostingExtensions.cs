using Microsoft.AspNetCore.HttpOverrides;

namespace ItaWorkflow.Hosting;

/// <summary>Start-up wiring that depends on how the process is hosted.</summary>
public static class HostingExtensions
{
    /// <summary>
    /// Detects the hosting mode, registers the <see cref="HostingProfile"/> and the forwarded-header rules and, behind the Functions
    /// host, listens on the loopback port the host calls (the host starts the process and waits up to
    /// 60 s for that port).
    /// </summary>
    public static HostingProfile AddHostingProfile(this WebApplicationBuilder builder)
    {
        var profile = HostingModeDetector.Detect(builder.Configuration);
        builder.Services.AddSingleton(profile);
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // In Azure every request comes through the App Service front end (and the Functions host), which sets
            // these headers from the real connection; locally only a proxy on this machine is believed.
            if (HostingModeDetector.RunsInAzure(configuration))
            {
                options.KnownIPNetworks.Clear();
                options.KnownProxies.Clear();
            }
        });
        if (profile.CustomHandlerPort is { } port)
        {
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port));
        }

        return profile;
    }
}
