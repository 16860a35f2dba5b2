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
            var list = pairs.ToList();
            var redacted = list.Select(p => new KeyValuePair<string, object?>(p.Key, LinkTokenRedactor.Redact(p.Value))).ToList();
            var asText = state.ToString() ?? "";
            var redactedText = LinkTokenRedactor.Redact(asText);
            var changed = !ReferenceEquals(asText, redactedText) || list.Where((p, i) => !ReferenceEquals(p.Value, redacted[i].Value)).Any();
            return changed ? new RedactedLogState(redacted, redactedText) : state;
        }

        return LinkTokenRedactor.Redact(state) ?? state;
    }
}
