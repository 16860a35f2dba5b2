using System.Text.Json.Serialization;

namespace ItaWorkflow.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<DeadlineKind>))]
public enum DeadlineKind
{
    None,
    Day,
    Month,
}
