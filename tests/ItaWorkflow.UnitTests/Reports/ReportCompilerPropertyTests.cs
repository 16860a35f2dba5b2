using FsCheck;
using FsCheck.Xunit;
using ItaWorkflow.Domain;
using ItaWorkflow.Domain.Ita;
using ItaWorkflow.Reports;

namespace ItaWorkflow.Tests.Reports;

public sealed class ReportCompilerPropertyTests
{
    /// <summary>Each tuple is one progress record: which measure (mod plan size), month offset from 1 Oct, approved.</summary>
    [Property(MaxTest = 200)]
    public bool Every_measure_appears_exactly_once_whatever_the_progress(PositiveInt measureCount, (byte Measure, byte Month, bool Approved)[] records, bool fullYear)
    {
        var count = (measureCount.Get % 30) + 1;
        var plan = new Plan("บางเขน", 2567, [.. Enumerable.Range(1, count).Select(i => ReportFixtures.Measure($"M{i}", (i % 12) - 1, $"กิจกรรม {i}"))]);
        var progress = (records ?? []).Select(r => ReportFixtures.Progress(
            $"M{(r.Measure % count) + 1}",
            new DateOnly(2023, 10, 1).AddMonths(r.Month % 15).AddDays(-1),
            r.Approved,
            result: $"ผล {r.Month}"));
        var round = fullYear ? ReportRound.FullYear : ReportRound.FirstHalf;

        var report = ReportCompiler.Compile(plan, round, progress, null, ReportFixtures.GeneratedAt);

        var sameMeasures = report.Rows.Select(r => r.MeasureId).Order().SequenceEqual(plan.Measures.Select(m => m.Id).Order());
        var approvedRowsHaveDates = report.Rows.All(r =>
            (r.Status == ReportRowStatus.Approved) == (r.ResultAsOf is { } d && d >= report.PeriodStart && d <= report.PeriodEnd));
        var ordered = report.Rows.Zip(report.Rows.Skip(1)).All(pair => Position(pair.First.Tool) < Position(pair.Second.Tool)
            || (pair.First.Tool == pair.Second.Tool && pair.First.Indicator <= pair.Second.Indicator));
        return sameMeasures && approvedRowsHaveDates && ordered;
    }

    // Unclassified measures (no tool) come after OIT.
    private static int Position(ItaTool? tool) => tool switch
    {
        ItaTool.Iit => 0,
        ItaTool.Eit => 1,
        ItaTool.Oit => 2,
        _ => 3,
    };
}
