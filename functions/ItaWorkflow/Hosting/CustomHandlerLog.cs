namespace ItaWorkflow.Hosting;

/// <summary>Structured log messages of the custom-handler invocations.</summary>
internal static partial class CustomHandlerLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Function {Function} invoked: {Summary}")]
    public static partial void Invoked(ILogger logger, string function, string summary);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "Function {Function} failed")]
    public static partial void InvocationFailed(ILogger logger, Exception exception, string function);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Function {Function} refused an invalid invocation: {Reason}")]
    public static partial void InvalidInvocation(ILogger logger, string function, string reason);
}
