using Microsoft.AspNetCore.Http.Features;

namespace ItaWorkflow.Admin;

/// <summary>
/// Endpoint metadata giving an admin POST's largest accepted body, and the filter that enforces it: an oversized
/// body gets a 413 page before antiforgery reads the form. Endpoints without the metadata get <see cref="FormBytes"/>.
/// </summary>
/// <param name="Bytes">The largest body accepted; null keeps the server's limit (uploads).</param>
public sealed record AdminBodyLimit(long? Bytes)
{
    /// <summary>A sign-in, sign-out or single action form: a key or reason and a token.</summary>
    public const long FormBytes = 16 * 1024;

    /// <summary>Forms listing many instances or dead letters.</summary>
    public const long ListBytes = 256 * 1024;

    /// <summary>A directory's JSON or a plan's edited rows, percent-encoded Thai.</summary>
    public const long DocumentBytes = 2 * 1024 * 1024;

    /// <summary>A plan document upload: the server's own limit applies.</summary>
    public static readonly AdminBodyLimit Upload = new((long?)null);

    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<AdminBodyLimit>() is { } metadata ? metadata.Bytes : FormBytes;
        if (limit is not { } bytes)
        {
            return await next(context);
        }

        if (http.Request.ContentLength > bytes)
        {
            return TooLarge(http);
        }

        // A body without a length (chunked) is cut off by the server at the same limit while it is read.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = bytes;
        }

        try
        {
            return await next(context);
        }
        catch (Exception e) when (IsTooLarge(e))
        {
            return TooLarge(http);
        }
    }

    /// <summary>The server's 413, possibly wrapped by antiforgery reading the form.</summary>
    private static bool IsTooLarge(Exception? e) =>
        e is not null && (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || IsTooLarge(e.InnerException));

    private static IResult TooLarge(HttpContext context)
    {
        var t = AdminText.For(context);
        return AdminLayout.Page(context, t["คำขอใหญ่เกินไป (Request too large)"], null,
            new HtmlBuilder(t).El("p", t["ข้อมูลที่ส่งมีขนาดใหญ่เกินกว่าที่แบบฟอร์มนี้รับได้ — the form sent more data than this page accepts."]),
            StatusCodes.Status413PayloadTooLarge);
    }
}
