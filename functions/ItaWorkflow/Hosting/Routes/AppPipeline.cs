namespace ItaWorkflow.Hosting.Routes;

/// <summary>
/// The app's endpoints behind the middleware the local host runs around them, as one request delegate for a host that
/// routes requests itself: the Functions worker matches the HTTP trigger of a route, and its trigger hands the request
/// here. Routing runs again on the app's own endpoints, so the handler, its filters (security headers, body limits,
/// district scope) and metadata (authorization, antiforgery, rate limits) are exactly the local host's.
/// </summary>
/// <remarks>
/// The order is the one <c>WebApplication</c> builds for the local host: routing, authentication, authorization,
/// antiforgery, then the app's own middleware (<see cref="StorageOutageMiddleware"/>, rate limiter), then the endpoint.
/// Forwarded headers are left to the worker, whose pipeline applies them before any trigger runs.
/// </remarks>
public sealed class AppPipeline
{
    private readonly RequestDelegate pipeline;

    public AppPipeline(IServiceProvider services)
    {
        var app = new ApplicationBuilder(services);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<StorageOutageMiddleware>();
        app.UseRateLimiter();
        app.UseEndpoints(endpoints => endpoints.MapAppRoutes(development: false));
        pipeline = app.Build();
    }

    /// <summary>
    /// Serves <paramref name="context"/> with the app's endpoint for its method and path. The route the caller matched
    /// (the trigger's endpoint and route values) is cleared first: routing skips a request that already has an endpoint.
    /// </summary>
    public Task DispatchAsync(HttpContext context)
    {
        context.SetEndpoint(null);
        context.Request.RouteValues.Clear();
        return pipeline(context);
    }
}
