using System.Text.Json.Serialization;

namespace ItaWorkflow.Import;

/// <summary>How much a finding matters to the coordinator reviewing an imported draft.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>Something was assumed in a way the coordinator will usually accept (a merged cell, a default cadence).</summary>
    Info,

    /// <summary>Something looks wrong or missing; the draft holds a best guess that should be checked.</summary>
    Warning,

    /// <summary>A row could not be imported at all.</summary>
    Error,
}
