using System.Text.Json.Serialization;

namespace ItaWorkflow.Import;

/// <summary>What kind of problem an import finding reports.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingCode>))]
public enum FindingCode
{
    SkippedBeforeTable,
    IndicatorUnknown,
    IndicatorAssumed,
    IndicatorNameMismatch,
    QuestionCodeRepaired,
    QuestionCodeInvalid,
    QuestionIndicatorMismatch,
    MergedIntoPrevious,
    IssueInherited,
    ActivityMissing,
    DeadlineUnparsed,
    DeadlineYearAssumed,
    DeadlineInCadenceColumn,
    CadenceMissing,
    CadenceUnparsed,
    ResponsibleMissing,
    DivisionUnknown,
    ResponsibleTextIgnored,
    AllDivisionsExpanded,
    ExtraCellIgnored,
    ColumnIgnored,
    ScoreOutOfRange,
    EvidenceWithoutLinks,
}
