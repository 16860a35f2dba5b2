using System.Text.Json.Serialization;

namespace ItaWorkflow.Domain.Ita;

/// <summary>ITA rating bands, best first.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ItaBand>))]
public enum ItaBand
{
    /// <summary>95–100 (Excellence).</summary>
    AA,

    /// <summary>85–94.99 (Very Good).</summary>
    A,

    /// <summary>75–84.99 (Good).</summary>
    B,

    /// <summary>65–74.99 (Fair).</summary>
    C,

    /// <summary>55–64.99 (Poor).</summary>
    D,

    /// <summary>50–54.99 (Extremely Poor).</summary>
    E,

    /// <summary>Below 50 (Fail).</summary>
    F,
}
