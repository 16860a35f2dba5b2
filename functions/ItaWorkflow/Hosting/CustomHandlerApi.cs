using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ItaWorkflow.Hosting;

/// <summary>
/// The custom-handler invocation contract for the non-HTTP functions: the Azure Functions host posts
/// <see cref="InvocationRequest"/> to <c>/{FunctionName}</c> and expects an <see cref="InvocationResponse"/>.
/// A non-success status fails the invocation, so a failed queue message is retried by the host.
/// Map only behind the Functions host; standalone, the local pumps call the same interfaces.
/// </summary>
public static class CustomHandlerApi
{
    /// <summary>Binding name of the timer trigger in <c>Ticker</c> and <c>Retention</c> function.json.</summary>
    public const string TimerBinding = "timer";

    /// <summary>Binding name of the queue trigger in <c>WorkQueue</c> function.json.</summary>
    public const string QueueMessageBinding = "message";

    private const string LoggerCategory = "ItaWorkflow.Hosting.CustomHandler";

    public static IEndpointRouteBuilder MapCustomHandlerApi(this IEndpointRouteBuilder endpoints)
    {
        var functions = endpoints.MapGroup("").ExcludeFromDescription();
        functions.MapPost("/" + FunctionNames.Ticker, TickAsync);
        functions.MapPost("/" + FunctionNames.WorkQueue, ProcessWorkItemAsync);
        functions.MapPost("/" + FunctionNames.Retention, PurgeAsync);
        return endpoints;
    }

    private static Task<Results<Ok<InvocationResponse>, BadRequest<InvocationResponse>, JsonHttpResult<InvocationResponse>>> TickAsync(
        InvocationRequest request, ITimerTicker ticker, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        InvokeAsync(FunctionNames.Ticker, "timer", loggers, async () =>
        {
            var pastDue = IsPastDue(request);
            var fired = await ticker.TickAsync(cancellationToken);
            return $"{FunctionNames.Ticker}: fired {fired} timer(s){(pastDue ? " (past due)" : "")}";
        });

    private static Task<Results<Ok<InvocationResponse>, BadRequest<InvocationResponse>, JsonHttpResult<InvocationResponse>>> PurgeAsync(
        InvocationRequest request, IRetentionJob retention, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        InvokeAsync(FunctionNames.Retention, "timer", loggers, async () =>
        {
            var purged = await retention.PurgeAsync(cancellationToken);
            return $"{FunctionNames.Retention}: purged {purged} instance(s)";
        });

    private static async Task<Results<Ok<InvocationResponse>, BadRequest<InvocationResponse>, JsonHttpResult<InvocationResponse>>> ProcessWorkItemAsync(
        InvocationRequest request, IWorkItemProcessor processor, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var body = request.TriggerText(QueueMessageBinding);
        if (body is null)
        {
            var message =
                $"ไม่พบข้อความคิวใน Data:{QueueMessageBinding} — the invocation has no queue message in Data:{QueueMessageBinding}.";
            CustomHandlerLog.InvalidInvocation(loggers.CreateLogger(LoggerCategory), FunctionNames.WorkQueue, message);
            return TypedResults.BadRequest(InvocationResponse.WithLogs(message));
        }

        // The host always sends DequeueCount; 1 keeps a hand-made invocation on its first attempt.
        var dequeueCount = request.MetadataNumber("DequeueCount") ?? 1;
        var messageId = request.MetadataText("Id");
        Activity.Current?.SetTag("messaging.message.id", messageId);
        Activity.Current?.SetTag("messaging.delivery_count", dequeueCount);
        return await InvokeAsync(FunctionNames.WorkQueue, "datasource", loggers, async () =>
        {
            await processor.ProcessAsync(body, dequeueCount, cancellationToken);
            return $"{FunctionNames.WorkQueue}: processed message {messageId} (delivery {dequeueCount})";
        });
    }

    private static async Task<Results<Ok<InvocationResponse>, BadRequest<InvocationResponse>, JsonHttpResult<InvocationResponse>>> InvokeAsync(
        string function, string trigger, ILoggerFactory loggers, Func<Task<string>> work)
    {
        var logger = loggers.CreateLogger(LoggerCategory);
        Activity.Current?.SetTag("faas.trigger", trigger);
        Activity.Current?.SetTag("faas.name", function);
        try
        {
            var summary = await work();
            CustomHandlerLog.Invoked(logger, function, summary);
            return TypedResults.Ok(InvocationResponse.WithLogs(summary));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            CustomHandlerLog.InvocationFailed(logger, exception, function);
            Activity.Current?.SetStatus(ActivityStatusCode.Error, exception.Message);
            return TypedResults.Json(
                InvocationResponse.WithLogs($"{function} failed: {exception.GetType().Name}: {exception.Message}"),
                statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    private static bool IsPastDue(InvocationRequest request) =>
        request.TriggerObject(TimerBinding) is { ValueKind: JsonValueKind.Object } timer
        && timer.EnumerateObject().Any(p =>
            string.Equals(p.Name, "IsPastDue", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.True);
}
