namespace ItaWorkflow.Hosting;

/// <summary>Stands in for a logged exception whose text carried a link token; keeps the original's type name and stack in its text.</summary>
internal sealed class RedactedException(Exception original)
    : Exception($"{original.GetType().FullName}: {LinkTokenRedactor.Redact(original.Message)}")
{
    public override string? StackTrace => original.StackTrace is { } stack ? LinkTokenRedactor.Redact(stack) : null;

    public override string ToString() => LinkTokenRedactor.Redact(original.ToString());

    /// <summary><paramref name="exception"/> itself when its text carries no token, otherwise a redacted stand-in.</summary>
    public static Exception? From(Exception? exception)
    {
        if (exception is null)
        {
            return null;
        }

        var text = exception.ToString();
        return ReferenceEquals(LinkTokenRedactor.Redact(text), text) ? exception : new RedactedException(exception);
    }
}
