using Microsoft.AspNetCore.HttpOverrides;

namespace ItaWorkflow.Hosting;

/// <summary>Start-up wiring that depends on where the local host runs.</summary>
public static class HostingExtensions
{
    /// <summary>Registers which forwarded headers the local host believes, and from whom.</summary>
    public static WebApplicationBuilder AddForwardedHeaderRules(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Behind the App Service front end every request comes through it, and it sets these headers from the real
            // connection; locally only a proxy on this machine is believed.
            if (AzureHosting.RunsInAzure(configuration))
            {
                options.KnownIPNetworks.Clear();
                options.KnownProxies.Clear();
            }
        });
        return builder;
    }
}
