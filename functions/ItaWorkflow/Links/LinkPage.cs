using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace ItaWorkflow.Links;

/// <summary>A link page to answer: a Razor component from <c>Links/Pages</c>, its parameters and the status code.</summary>
public sealed record LinkPage(Type Component, IReadOnlyDictionary<string, object?> Parameters, int StatusCode = 200)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    // The pages inject nothing; the renderer only takes its encoder from here. Thai stays as text (the default encoder
    // would write every Thai letter as an entity); markup characters and quotes are still encoded.
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType => "text/html; charset=utf-8";

    /// <summary>The page as HTML; every value the component shows is encoded by Razor.</summary>
    public async Task<string> RenderAsync()
    {
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync(Component, ParameterView.FromDictionary(Parameters.ToDictionary()))).ToHtmlString());
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var html = await RenderAsync();
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentType;
        await httpContext.Response.WriteAsync(html, httpContext.RequestAborted);
    }
}
