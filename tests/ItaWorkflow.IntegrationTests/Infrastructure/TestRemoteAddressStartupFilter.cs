using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ItaWorkflow.Tests.Infrastructure;

/// <summary>
/// Lets a test choose the caller's address on the test server (which has no connection): the
/// <see cref="Header"/> request header becomes <c>Connection.RemoteIpAddress</c> before the app's own middleware.
/// </summary>
public sealed class TestRemoteAddressStartupFilter : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
