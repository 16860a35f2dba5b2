namespace ItaWorkflow.Reports;

/// <summary>One progress report of a measure as the workflow recorded it, approved or not.</summary>
/// <param name="MeasureId">The measure the progress belongs to.</param>
/// <param name="PeriodEnd">Last day of the follow-up period the progress reports on.</param>
/// <param name="ApprovedAt">When the director approved it; null while not approved.</param>
/// <param name="StatusText">The division's status wording (e.g. ดำเนินการแล้วเสร็จ).</param>
/// <param name="Percent">Percent done, 0–100, when given.</param>
/// <param name="Result">ผลการดำเนินการ: narrative result.</param>
/// <param name="Problems">ปัญหา/อุปสรรค.</param>
/// <param name="Evidence">Files and links supporting the result.</param>
/// <param name="Approved">True when the director approved this report.</param>
public sealed record ApprovedProgress(
    string MeasureId,
    DateOnly PeriodEnd,
    DateTimeOffset? ApprovedAt,
    string StatusText,
    decimal? Percent,
    string Result,
    string Problems,
    IReadOnlyList<EvidenceItem> Evidence,
    bool Approved);
