using ItaWorkflow.Domain;
using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Reports;

/// <summary>A plan at a glance: measures by status per indicator, the share done on time, and the ITA result.</summary>
/// <param name="District">District name.</param>
/// <param name="FiscalYear">Fiscal year of the plan.</param>
/// <param name="Indicators">One entry per indicator that has measures, in tool and indicator order.</param>
/// <param name="MeasureCount">All measures of the plan.</param>
/// <param name="DueCount">Measures with something due so far (on-time flag known).</param>
/// <param name="OnTimeCount">Of those, the ones on time.</param>
/// <param name="PercentOnTime">OnTimeCount / DueCount × 100, rounded to one decimal; null when nothing is due.</param>
/// <param name="Score">The district's ITA score and band, when known.</param>
public sealed record PlanSummary(
    string District,
    FiscalYear FiscalYear,
    IReadOnlyList<IndicatorSummary> Indicators,
    int MeasureCount,
    int DueCount,
    int OnTimeCount,
    decimal? PercentOnTime,
    ItaScore? Score)
{
    /// <summary>Status name counted for measures the workflow gave no standing for.</summary>
    public const string UnknownStatus = "Unknown";

    /// <summary>Summarises a plan. Standings of measures not in the plan are ignored; the last standing of a measure wins.</summary>
    public static PlanSummary Compute(Plan plan, IEnumerable<MeasureStanding> standings, ItaToolScores? scores)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(standings);
        var byMeasure = new Dictionary<string, MeasureStanding>(StringComparer.Ordinal);
        foreach (var standing in standings)
        {
            byMeasure[standing.MeasureId] = standing;
        }

        var indicators = plan.Measures
            .GroupBy(m => m.Indicator)
            .OrderBy(g => ReportCompiler.ReportOrder(ItaModel.FindIndicator(g.Key)?.Tool))
            .ThenBy(g => g.Key)
            .Select(g => new IndicatorSummary(
                g.Key,
                ItaModel.FindIndicator(g.Key)?.Tool,
                ItaModel.FindIndicator(g.Key)?.ThaiName ?? "",
                g.Count(),
                new SortedDictionary<string, int>(
                    g.GroupBy(m => byMeasure.TryGetValue(m.Id, out var s) ? s.Status : UnknownStatus, StringComparer.Ordinal)
                        .ToDictionary(s => s.Key, s => s.Count(), StringComparer.Ordinal),
                    StringComparer.Ordinal)))
            .ToList();

        var flags = plan.Measures
            .Select(m => byMeasure.TryGetValue(m.Id, out var s) ? s.OnTime : null)
            .OfType<bool>()
            .ToList();
        var onTime = flags.Count(f => f);
        decimal? percent = flags.Count == 0 ? null : Math.Round(onTime * 100m / flags.Count, 1, MidpointRounding.AwayFromZero);

        return new PlanSummary(
            plan.District,
            new FiscalYear(plan.FiscalYear),
            indicators,
            plan.Measures.Count,
            flags.Count,
            onTime,
            percent,
            scores is null ? null : ItaScore.Of(scores));
    }
}
