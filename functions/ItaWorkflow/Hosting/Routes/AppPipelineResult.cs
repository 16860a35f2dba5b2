namespace ItaWorkflow.Hosting.Routes;

/// <summary>
/// What every HTTP trigger of the Functions app returns: the worker executes the result on the request's
/// <see cref="HttpContext"/>, which runs the app's endpoint for it through the shared <see cref="AppPipeline"/>.
/// </summary>
public sealed class AppPipelineResult : IResult
{
    /// <summary>The one instance; the result holds no state.</summary>
    public static AppPipelineResult Instance { get; } = new();

    private AppPipelineResult()
    {
    }

    public Task ExecuteAsync(HttpContext httpContext) =>
        httpContext.RequestServices.GetRequiredService<AppPipeline>().DispatchAsync(httpContext);
}
