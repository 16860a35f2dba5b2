using System.Text.Json.Serialization;

namespace ItaWorkflow.Import;

/// <summary>What a plan table column holds, recognised from its Thai header.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ColumnRole>))]
public enum ColumnRole
{
    Indicator,
    QuestionCodes,
    Score,
    Issue,
    Activity,
    Output,
    Awareness,
    Deadline,
    Responsible,
    Cadence,
    Result,
    Problems,
    Evidence,
}
