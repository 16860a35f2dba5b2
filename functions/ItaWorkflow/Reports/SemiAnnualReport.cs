using ItaWorkflow.Domain;

namespace ItaWorkflow.Reports;

/// <summary>The O30 report on carrying out a district's measures, for one round of a fiscal year.</summary>
/// <param name="District">District name in Thai without the สำนักงานเขต prefix, e.g. บางเขน.</param>
/// <param name="FiscalYear">The fiscal year reported on.</param>
/// <param name="Round">First half or full year.</param>
/// <param name="PeriodStart">First day covered (1 October).</param>
/// <param name="PeriodEnd">Last day covered (31 March or 30 September).</param>
/// <param name="GeneratedAt">When the report was compiled.</param>
/// <param name="Signatory">The director who signs it.</param>
/// <param name="Rows">Every real measure of the plan, ordered by tool, indicator and measure id.</param>
/// <param name="Reporter">The officer who prepared the report (ผู้รายงาน), when known.</param>
/// <param name="ApprovedOn">The day the director approved the report; blank dotted line until then.</param>
public sealed record SemiAnnualReport(
    string District,
    FiscalYear FiscalYear,
    ReportRound Round,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateTimeOffset GeneratedAt,
    ReportSignatory Signatory,
    IReadOnlyList<ReportRow> Rows,
    ReportSignatory? Reporter = null,
    DateOnly? ApprovedOn = null)
{
    /// <summary>
    /// Measures whose progress is missing or not approved and that carry no imported result; the coordinator is told
    /// about these.
    /// </summary>
    public IReadOnlyList<ReportRow> NotReady => [.. Rows.Where(r => !r.HasResult)];
}
