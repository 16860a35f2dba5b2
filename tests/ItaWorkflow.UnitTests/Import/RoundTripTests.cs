using ItaWorkflow.Domain;
using ItaWorkflow.Import;

namespace ItaWorkflow.Tests.Import;

public sealed class RoundTripTests
{
    public static TheoryData<string, string> SeedsAndFormats { get; } = new()
    {
        { Seeds.NongKhaem, "docx" },
        { Seeds.PathumWan, "docx" },
        { Seeds.BangKhen, "docx" },
        { Seeds.NongKhaem, "xlsx" },
        { Seeds.PathumWan, "xlsx" },
        { Seeds.BangKhen, "xlsx" },
    };

    [Theory]
    [MemberData(nameof(SeedsAndFormats))]
    public void Plan_exported_imports_back_unchanged(string seed, string format)
    {
        var plan = Seeds.Import(seed).Draft!;
        var file = format == "docx" ? PlanExporter.ToDocx(plan) : PlanExporter.ToXlsx(plan);

        var result = PlanImporter.Import(file, $"plan.{format}", plan.District, plan.FiscalYear);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(format, result.Stats.Format);
        Assert.Equal(MeasureComparison.Canonical(plan.Measures), MeasureComparison.Canonical(result.Draft!.Measures));
    }

    [Fact]
    public void Reported_progress_survives_the_round_trip()
    {
        var measure = new Measure("M01", 9, ["O30"], 100m, "ยังไม่เผยแพร่รายงาน", "เผยแพร่รายงานผล <b>6 เดือน</b> & 12 เดือน", "รายงาน", "website",
            new Deadline(DeadlineKind.Day, new DateOnly(2024, 3, 31), "๓๑ มี.ค. ๖๗"), ["ฝ่ายปกครอง"], ["นางสาวทดสอบ ระบบดี"], new FollowUpCadence(3), "x",
            new ReportedProgress("เผยแพร่แล้ว", "ไม่มี", ["https://example.go.th/report"], Imported: true));
        var plan = new Plan("หนองแขม", 2567, [measure]);

        var result = PlanImporter.Import(PlanExporter.ToDocx(plan), "plan.docx", plan.District, plan.FiscalYear);

        Assert.Equal(MeasureComparison.Canonical(plan.Measures), MeasureComparison.Canonical(result.Draft!.Measures));
    }
}
