using System.Text.Json.Serialization;

namespace ItaWorkflow.Import;

/// <summary>What kind of problem an import finding reports.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingCode>))]
public enum FindingCode
{
    /// <summary>Rows before the first plan header (e.g. an ITA results section) were skipped.</summary>
    SkippedBeforeTable,

    /// <summary>No indicator could be determined; the row was not imported.</summary>
    IndicatorUnknown,

    /// <summary>The indicator was taken from the rows above.</summary>
    IndicatorAssumed,

    /// <summary>An indicator heading's number disagrees with its name; the name was used.</summary>
    IndicatorNameMismatch,

    /// <summary>A mangled question code was repaired (1๘ → I8, ๐๑ → O1).</summary>
    QuestionCodeRepaired,

    /// <summary>A code-like value is not an existing ITA question.</summary>
    QuestionCodeInvalid,

    /// <summary>Question codes do not belong to the row's indicator.</summary>
    QuestionIndicatorMismatch,

    /// <summary>A row without its own activity was joined to the measure above (merged cell).</summary>
    MergedIntoPrevious,

    /// <summary>The issue was taken from the row above (merged cell).</summary>
    IssueInherited,

    /// <summary>The measure has no activity.</summary>
    ActivityMissing,

    /// <summary>The deadline text holds no date.</summary>
    DeadlineUnparsed,

    /// <summary>The deadline had no year; the fiscal year's was used.</summary>
    DeadlineYearAssumed,

    /// <summary>The follow-up column held a deadline, used as the deadline.</summary>
    DeadlineInCadenceColumn,

    /// <summary>No follow-up cadence; monthly was used.</summary>
    CadenceMissing,

    /// <summary>The follow-up cadence could not be read; monthly was used.</summary>
    CadenceUnparsed,

    /// <summary>No responsible division.</summary>
    ResponsibleMissing,

    /// <summary>A division name is not in the district's directory.</summary>
    DivisionUnknown,

    /// <summary>Text in the responsible cell is neither a division nor a person.</summary>
    ResponsibleTextIgnored,

    /// <summary>Wording such as "ฝ่ายอื่นๆ" was read as every division.</summary>
    AllDivisionsExpanded,

    /// <summary>A row has more cells than its header.</summary>
    ExtraCellIgnored,

    /// <summary>A header column is unknown or repeats another.</summary>
    ColumnIgnored,

    /// <summary>The evidence cell has no links to import.</summary>
    EvidenceWithoutLinks,

    /// <summary>Rows or text the importer did not use (other tables, separators, notes); one finding per block.</summary>
    UnaccountedText,

    /// <summary>An indicator heading row is missing; the row's question codes decided the indicator.</summary>
    IndicatorFromCodes,

    /// <summary>A question code is not in the plan year's question set but fits another year's.</summary>
    QuestionSetContradicted,

    /// <summary>The table has no responsible column (reported once).</summary>
    ResponsibleColumnMissing,

    /// <summary>Only a position or person is named; the reviewer must choose the division (the lead division holds it).</summary>
    DivisionToChoose,

    /// <summary>A deadline lies outside the plan's fiscal year.</summary>
    DeadlineOutsideFiscalYear,
}
