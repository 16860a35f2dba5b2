namespace ItaWorkflow.Hosting;

/// <summary>Start-up wiring that depends on how the process is hosted.</summary>
public static class HostingExtensions
{
    /// <summary>
    /// Detects the hosting mode, registers the <see cref="HostingProfile"/> and, behind the Functions
    /// host, listens on the loopback port the host calls (the host starts the process and waits up to
    /// 60 s for that port).
    /// </summary>
    public static HostingProfile AddHostingProfile(this WebApplicationBuilder builder)
    {
        var profile = HostingModeDetector.Detect(builder.Configuration);
        builder.Services.AddSingleton(profile);
        if (profile.CustomHandlerPort is { } port)
        {
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port));
        }

        return profile;
    }
}
