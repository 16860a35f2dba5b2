using System.Net.Sockets;
using Azure;

namespace ItaWorkflow.Hosting;

/// <summary>
/// Turns a storage outage into a Thai "try again shortly" answer (503 with Retry-After) instead of a 500.
/// Nothing is half-written: every state change is one transactional batch that either committed or did not.
/// </summary>
public sealed partial class StorageOutageMiddleware(RequestDelegate next, ILogger<StorageOutageMiddleware> logger)
{
    public const int RetryAfterSeconds = 30;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (IsOutage(e) && !context.Response.HasStarted)
        {
            LogOutage(context.Request.Path, e.Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page, context.RequestAborted);
        }
    }

    /// <summary>Storage could not be reached or answered as unavailable (not a 4xx about the request itself).</summary>
    public static bool IsOutage(Exception error) => error switch
    {
        RequestFailedException { Status: 0 or 500 or 502 or 503 or 504 } => true,
        HttpRequestException or SocketException or TimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsOutage),
        _ => error.InnerException is { } inner && IsOutage(inner),
    };

    private const string Page = """
        <!doctype html>
        <html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>ระบบไม่พร้อมใช้งานชั่วคราว</title></head>
        <body style="font-family: sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem">
        <h1>ระบบไม่พร้อมใช้งานชั่วคราว</h1>
        <p>ระบบจัดเก็บข้อมูลไม่ตอบสนองในขณะนี้ ข้อมูลที่ท่านส่งยังไม่ถูกบันทึก กรุณาลองใหม่อีกครั้งในอีกสักครู่ (ประมาณ 30 วินาที)</p>
        <p lang="en">Storage is temporarily unavailable. Nothing was saved; please try again in about 30 seconds.</p>
        </body></html>
        """;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage unavailable while serving {Path}: {Error}")]
    private partial void LogOutage(PathString path, string error);
}
