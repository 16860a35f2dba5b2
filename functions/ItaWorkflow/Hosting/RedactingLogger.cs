namespace ItaWorkflow.Hosting;

/// <summary>Hands every message, state, scope and exception to the real logger with link tokens removed.</summary>
internal sealed class RedactingLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull =>
        inner.BeginScope(RedactedLogState.Redact(state));

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        // Formatted once here; every provider then gets this text instead of formatting again.
        var message = LinkTokenRedactor.Redact(formatter(state, exception));
        var redactedState = state is null ? null : RedactedLogState.Redact(state);
        var redactedException = RedactedException.From(exception);
        if (ReferenceEquals(redactedState, state) && ReferenceEquals(redactedException, exception))
        {
            inner.Log(logLevel, eventId, state, exception, (_, _) => message);
            return;
        }

        inner.Log(logLevel, eventId, redactedState ?? message, redactedException, (_, _) => message);
    }
}
