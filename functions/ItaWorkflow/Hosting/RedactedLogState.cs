using System.Collections;

namespace ItaWorkflow.Hosting;

/// <summary>A structured log state or scope whose values and text had link tokens removed.</summary>
internal sealed class RedactedLogState(IReadOnlyList<KeyValuePair<string, object?>> values, string text) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => values.Count;

    public KeyValuePair<string, object?> this[int index] => values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => text;

    /// <summary>
    /// <paramref name="state"/> itself when it carries no token; otherwise a redacted copy (key/value states keep
    /// their keys, anything else becomes its redacted text).
    /// </summary>
    public static object Redact(object state)
    {
        if (state is string text)
        {
            return LinkTokenRedactor.Redact(text);
        }

        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            // Every log line passes here: allocate only when a value carries a token. A key/value state's text is
            // made from its values (a log message, ASP.NET Core's request scope), so clean values mean clean text.
            var values = pairs as IReadOnlyList<KeyValuePair<string, object?>> ?? [.. pairs];
            List<KeyValuePair<string, object?>>? redacted = null;
            for (var i = 0; i < values.Count; i++)
            {
                var value = LinkTokenRedactor.Redact(values[i].Value);
                if (redacted is null && !ReferenceEquals(value, values[i].Value))
                {
                    redacted = [.. values.Take(i)];
                }

                redacted?.Add(new KeyValuePair<string, object?>(values[i].Key, value));
            }

            return redacted is null ? state : new RedactedLogState(redacted, LinkTokenRedactor.Redact(state.ToString() ?? ""));
        }

        return LinkTokenRedactor.Redact(state) ?? state;
    }
}
