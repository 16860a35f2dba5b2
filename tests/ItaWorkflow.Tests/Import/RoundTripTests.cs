using ItaWorkflow.Domain;
using ItaWorkflow.Import;

namespace ItaWorkflow.Tests.Import;

public sealed class RoundTripTests
{
    [Theory]
    [InlineData(Seeds.NongKhaem)]
    [InlineData(Seeds.PathumWan)]
    [InlineData(Seeds.BangKhen)]
    public void Plan_exported_to_docx_imports_back_unchanged(string seed)
    {
        var plan = Seeds.Import(seed).Draft!;

        var result = PlanImporter.Import(PlanExporter.ToDocx(plan), "plan.docx", plan.District, plan.FiscalYear);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("docx", result.Stats.Format);
        Assert.Equal(MeasureComparison.Canonical(plan.Measures), MeasureComparison.Canonical(result.Draft!.Measures));
    }

    [Theory]
    [InlineData(Seeds.NongKhaem)]
    [InlineData(Seeds.PathumWan)]
    [InlineData(Seeds.BangKhen)]
    public void Plan_exported_to_xlsx_imports_back_unchanged(string seed)
    {
        var plan = Seeds.Import(seed).Draft!;

        var result = PlanImporter.Import(PlanExporter.ToXlsx(plan), "plan.xlsx", plan.District, plan.FiscalYear);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("xlsx", result.Stats.Format);
        Assert.Equal(MeasureComparison.Canonical(plan.Measures), MeasureComparison.Canonical(result.Draft!.Measures));
    }

    [Fact]
    public void Reported_progress_survives_the_round_trip()
    {
        var measure = new Measure("M01", 9, ["O30"], 100m, "ยังไม่เผยแพร่รายงาน", "เผยแพร่รายงานผล <b>6 เดือน</b> & 12 เดือน", "รายงาน", "website",
            new Deadline(DeadlineKind.Day, new DateOnly(2024, 3, 31), "๓๑ มี.ค. ๖๗"), ["ฝ่ายปกครอง"], ["นางสาวทดสอบ ระบบดี"], new FollowUpCadence(3), "x",
            new ReportedProgress("เผยแพร่แล้ว", "ไม่มี", ["https://example.go.th/report"]));
        var plan = new Plan("หนองแขม", 2567, [measure]);

        var result = PlanImporter.Import(PlanExporter.ToDocx(plan), "plan.docx", plan.District, plan.FiscalYear);

        Assert.Equal(MeasureComparison.Canonical(plan.Measures), MeasureComparison.Canonical(result.Draft!.Measures));
    }
}
