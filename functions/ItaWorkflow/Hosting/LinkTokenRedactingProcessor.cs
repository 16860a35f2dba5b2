using System.Diagnostics;
using OpenTelemetry;

namespace ItaWorkflow.Hosting;

/// <summary>
/// Removes link tokens from finished spans (<c>url.path</c>, <c>url.full</c>, <c>http.target</c>, the display name,
/// any other attribute and the status text) before any exporter sees them; added ahead of the exporters.
/// </summary>
public sealed class LinkTokenRedactingProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        var displayName = LinkTokenRedactor.Redact(data.DisplayName);
        if (!ReferenceEquals(displayName, data.DisplayName))
        {
            data.DisplayName = displayName;
        }

        foreach (var (key, value) in data.TagObjects.ToList())
        {
            var redacted = LinkTokenRedactor.Redact(value);
            if (!ReferenceEquals(redacted, value))
            {
                data.SetTag(key, redacted);
            }
        }

        if (data.StatusDescription is { } status && !ReferenceEquals(LinkTokenRedactor.Redact(status), status))
        {
            data.SetStatus(data.Status, LinkTokenRedactor.Redact(status));
        }
    }
}
