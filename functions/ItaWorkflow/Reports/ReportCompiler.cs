using ItaWorkflow.Domain;
using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Reports;

/// <summary>
/// Compiles the O30 report of a round from a plan and its progress history. Pure: the same inputs always give
/// the same report.
/// </summary>
public static class ReportCompiler
{
    /// <summary>The days a round covers: 1 Oct – 31 Mar for the first half, 1 Oct – 30 Sep for the full year.</summary>
    public static (DateOnly Start, DateOnly End) PeriodOf(FiscalYear fiscalYear, ReportRound round) =>
        (fiscalYear.Start, round == ReportRound.FirstHalf ? fiscalYear.FirstHalfEnd : fiscalYear.End);

    /// <summary>
    /// Builds the report: for each measure, the latest approved progress whose period ends within the round gives
    /// the result and problems; evidence of every approved progress in the round is listed. Measures without
    /// approved progress print the result of the progress report imported with the plan when there is one
    /// (<see cref="ReportRowStatus.Imported"/>); otherwise they are kept with <see cref="ReportRowStatus.MissingProgress"/>
    /// or <see cref="ReportRowStatus.Unapproved"/>. Progress of measures not in the plan is ignored.
    /// </summary>
    /// <param name="plan">The district's plan.</param>
    /// <param name="round">The round to report.</param>
    /// <param name="progress">Progress history of the plan's measures, approved or not, in any order.</param>
    /// <param name="signatory">The director who signs; defaults to ผู้อำนวยการเขต… without a name.</param>
    /// <param name="generatedAt">When the report is compiled.</param>
    /// <param name="reporter">The officer who prepared the report, when known.</param>
    /// <param name="questionWording">The question catalog of the plan's assessment year, when one is available.</param>
    public static SemiAnnualReport Compile(
        Plan plan,
        ReportRound round,
        IEnumerable<ApprovedProgress> progress,
        ReportSignatory? signatory,
        DateTimeOffset generatedAt,
        ReportSignatory? reporter = null,
        QuestionWording? questionWording = null)
    {
        var fiscalYear = new FiscalYear(plan.FiscalYear);
        var (start, end) = PeriodOf(fiscalYear, round);
        var inRound = progress
            .Where(p => p.PeriodEnd >= start && p.PeriodEnd <= end)
            .ToLookup(p => p.MeasureId, StringComparer.Ordinal);

        var rows = plan.Measures
            .Where(IsRealMeasure)
            .Select(measure => RowOf(measure, inRound[measure.Id], WordingsOf(plan.FiscalYear, measure, questionWording)))
            .OrderBy(row => ReportOrder(row.Tool))
            .ThenBy(row => row.Indicator)
            .ThenBy(row => row.MeasureId, MeasureIdComparer.Instance)
            .ToList();

        return new SemiAnnualReport(
            plan.District,
            fiscalYear,
            round,
            start,
            end,
            generatedAt,
            signatory ?? new ReportSignatory("", ReportText.DirectorPosition(plan.District)),
            rows,
            reporter);
    }

    /// <summary>
    /// False for plan rows that carry no measure to report on (analysis text only, or a dash for the activity);
    /// such rows are left out of the report rather than printed empty.
    /// </summary>
    public static bool IsRealMeasure(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var activity = ThaiText.Clean(measure.Activity).Trim().Trim('-', '–', '—', '.', '*', ' ', '\n');
        return activity.Any(char.IsLetterOrDigit) && activity != "ไม่มี";
    }

    private static Dictionary<string, string> WordingsOf(int fiscalYear, Measure measure, QuestionWording? questionWording)
    {
        var wordings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (questionWording is null)
        {
            return wordings;
        }

        foreach (var code in measure.QuestionCodes)
        {
            if (questionWording(fiscalYear, code) is { Length: > 0 } wording)
            {
                wordings[code] = wording;
            }
        }

        return wordings;
    }

    private static ReportRow RowOf(Measure measure, IEnumerable<ApprovedProgress> progress, IReadOnlyDictionary<string, string> wordings)
    {
        var all = progress.ToList();
        var approved = all
            .Where(p => p.Approved)
            .OrderBy(p => p.PeriodEnd)
            .ThenBy(p => p.ApprovedAt ?? DateTimeOffset.MinValue)
            .ToList();
        var row = new ReportRow(
            measure.Id,
            measure.Indicator,
            ItaModel.FindIndicator(measure.Indicator)?.Tool,
            measure.QuestionCodes,
            measure.Score,
            measure.Issue,
            measure.Activity,
            Result: "",
            Problems: "",
            Percent: null,
            ResultAsOf: null,
            measure.Divisions,
            Evidence: [],
            all.Count == 0 ? ReportRowStatus.MissingProgress : ReportRowStatus.Unapproved,
            measure.Output,
            measure.Deadline.Text,
            wordings);
        if (approved.Count == 0)
        {
            return Imported(measure.ReportedProgress) is { } imported ? row with
            {
                Result = imported.Result,
                Problems = imported.Problems,
                Evidence = [.. imported.EvidenceUrls.Select(url => new EvidenceItem("", url.Trim()))],
                Status = ReportRowStatus.Imported,
            } : row;
        }

        var latest = approved[^1];
        var evidence = approved
            .SelectMany(p => p.Evidence)
            .DistinctBy(e => string.IsNullOrEmpty(e.Url) ? "file:" + e.FileName : e.Url, StringComparer.Ordinal)
            .ToList();
        return row with
        {
            Result = latest.Result,
            Problems = latest.Problems,
            Percent = latest.Percent,
            ResultAsOf = latest.PeriodEnd,
            Evidence = evidence,
            Status = ReportRowStatus.Approved,
        };
    }

    /// <summary>
    /// The result a progress report imported with the plan stated, with only its public links; null when the measure
    /// has none or it states nothing.
    /// </summary>
    private static ReportedProgress? Imported(ReportedProgress? reported)
    {
        if (reported is not { Imported: true })
        {
            return null;
        }

        var links = reported.EvidenceUrls.Where(PublicLink.IsPublic).Distinct(StringComparer.Ordinal).ToList();
        return string.IsNullOrWhiteSpace(reported.Result) && string.IsNullOrWhiteSpace(reported.Problems) && links.Count == 0
            ? null
            : reported with { EvidenceUrls = links };
    }

    /// <summary>Sort key of a tool: IIT, EIT, OIT, then measures whose indicator is not 1–10, so none is lost.</summary>
    internal static int ReportOrder(ItaTool? tool) => tool is { } t ? (int)t : int.MaxValue;
}
