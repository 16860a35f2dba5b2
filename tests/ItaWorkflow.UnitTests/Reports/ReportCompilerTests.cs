using ItaWorkflow.Domain;
using ItaWorkflow.Domain.Ita;
using ItaWorkflow.Reports;

namespace ItaWorkflow.Tests.Reports;

public sealed class ReportCompilerTests
{
    [Fact]
    public void First_half_round_covers_October_to_March_of_the_fiscal_year()
    {
        var report = ReportFixtures.BangKhenReport();

        Assert.Equal(new DateOnly(2023, 10, 1), report.PeriodStart);
        Assert.Equal(new DateOnly(2024, 3, 31), report.PeriodEnd);
        Assert.Equal(new FiscalYear(2567), report.FiscalYear);
    }

    [Fact]
    public void Full_year_round_covers_October_to_September()
    {
        var report = ReportFixtures.BangKhenReport(ReportRound.FullYear);

        Assert.Equal(new DateOnly(2023, 10, 1), report.PeriodStart);
        Assert.Equal(new DateOnly(2024, 9, 30), report.PeriodEnd);
    }

    [Fact]
    public void Rows_are_ordered_by_tool_then_indicator_then_natural_measure_id()
    {
        var plan = new Plan("บางเขน", 2567,
        [
            ReportFixtures.Measure("M10", 1, "a"),
            ReportFixtures.Measure("M9", 9, "b"),
            ReportFixtures.Measure("M2", 1, "c"),
            ReportFixtures.Measure("M1", 6, "d"),
            ReportFixtures.Measure("M3", 2, "e"),
            ReportFixtures.Measure("M4", 10, "f"),
            ReportFixtures.Measure("M5", 0, "g"),
        ]);

        var report = ReportCompiler.Compile(plan, ReportRound.FirstHalf, [], null, ReportFixtures.GeneratedAt);

        Assert.Equal(["M2", "M10", "M3", "M1", "M9", "M4", "M5"], report.Rows.Select(r => r.MeasureId));
        Assert.Equal(
            new ItaTool?[] { ItaTool.Iit, ItaTool.Iit, ItaTool.Iit, ItaTool.Eit, ItaTool.Oit, ItaTool.Oit, null },
            report.Rows.Select(r => r.Tool));
    }

    [Fact]
    public void Latest_approved_progress_in_the_round_gives_the_result()
    {
        var report = ReportFixtures.BangKhenReport();

        var row = report.Rows.Single(r => r.MeasureId == "M2");
        Assert.Equal(ReportRowStatus.Approved, row.Status);
        Assert.Equal("ตรวจรายการตรวจสอบตามคู่มือครบทุกจุด", row.Result);
        Assert.Equal("เจ้าหน้าที่หมุนเวียนบ่อย", row.Problems);
        Assert.Equal(80m, row.Percent);
        Assert.Equal(new DateOnly(2024, 2, 29), row.ResultAsOf);
    }

    [Fact]
    public void Evidence_of_every_approved_progress_in_the_round_is_kept_once()
    {
        var evidence = new EvidenceItem("a.pdf", "https://example.go.th/a.pdf");
        var plan = new Plan("บางเขน", 2567, [ReportFixtures.Measure("M1", 1, "a")]);
        var progress = new[]
        {
            ReportFixtures.Progress("M1", new DateOnly(2023, 11, 30), evidence: evidence),
            ReportFixtures.Progress("M1", new DateOnly(2023, 12, 31), evidence: [evidence, new EvidenceItem("b.jpg", "https://example.go.th/b.jpg")]),
            ReportFixtures.Progress("M1", new DateOnly(2024, 1, 31), approved: false, evidence: new EvidenceItem("c.jpg", "https://example.go.th/c.jpg")),
        };

        var row = ReportCompiler.Compile(plan, ReportRound.FirstHalf, progress, null, ReportFixtures.GeneratedAt).Rows.Single();

        Assert.Equal(["a.pdf", "b.jpg"], row.Evidence.Select(e => e.FileName));
    }

    [Fact]
    public void Approved_progress_after_the_round_is_not_used_for_the_first_half()
    {
        var plan = new Plan("บางเขน", 2567, [ReportFixtures.Measure("M1", 1, "a")]);
        var progress = new[]
        {
            ReportFixtures.Progress("M1", new DateOnly(2024, 3, 31), result: "มีนาคม"),
            ReportFixtures.Progress("M1", new DateOnly(2024, 4, 30), result: "เมษายน"),
            ReportFixtures.Progress("M1", new DateOnly(2023, 9, 30), result: "ปีที่แล้ว"),
        };

        var firstHalf = ReportCompiler.Compile(plan, ReportRound.FirstHalf, progress, null, ReportFixtures.GeneratedAt);
        var fullYear = ReportCompiler.Compile(plan, ReportRound.FullYear, progress, null, ReportFixtures.GeneratedAt);

        Assert.Equal("มีนาคม", firstHalf.Rows.Single().Result);
        Assert.Equal("เมษายน", fullYear.Rows.Single().Result);
    }

    [Fact]
    public void Measures_without_approved_progress_are_listed_not_dropped()
    {
        var report = ReportFixtures.BangKhenReport();

        Assert.Equal(5, report.Rows.Count);
        Assert.Equal(ReportRowStatus.Unapproved, report.Rows.Single(r => r.MeasureId == "M3").Status);
        Assert.Equal(ReportRowStatus.MissingProgress, report.Rows.Single(r => r.MeasureId == "M4").Status);
        Assert.Equal(["M3", "M4"], report.NotReady.Select(r => r.MeasureId));
        Assert.Equal("", report.Rows.Single(r => r.MeasureId == "M3").Result);
    }

    [Fact]
    public void Progress_of_measures_not_in_the_plan_is_ignored()
    {
        var plan = new Plan("บางเขน", 2567, [ReportFixtures.Measure("M1", 1, "a")]);

        var report = ReportCompiler.Compile(plan, ReportRound.FirstHalf, [ReportFixtures.Progress("X9", new DateOnly(2024, 1, 31))], null, ReportFixtures.GeneratedAt);

        Assert.Equal(["M1"], report.Rows.Select(r => r.MeasureId));
        Assert.Equal(ReportRowStatus.MissingProgress, report.Rows.Single().Status);
    }

    [Fact]
    public void Missing_signatory_defaults_to_the_district_director_position()
    {
        var report = ReportCompiler.Compile(ReportFixtures.BangKhenPlan(), ReportRound.FirstHalf, [], null, ReportFixtures.GeneratedAt);

        Assert.Equal("ผู้อำนวยการเขตบางเขน", report.Signatory.Position);
        Assert.All(report.Rows, r => Assert.Equal(ReportRowStatus.MissingProgress, r.Status));
    }

    [Fact]
    public void Question_wording_from_the_catalog_hook_is_printed_beside_its_code()
    {
        var report = ReportCompiler.Compile(
            ReportFixtures.BangKhenPlan(), ReportRound.FirstHalf, [], null, ReportFixtures.GeneratedAt,
            questionWording: (year, code) => year == 2567 && code == "I8" ? "ท่านรับรู้เกี่ยวกับงบประมาณที่ได้รับการจัดสรร" : null);

        var row = report.Rows.Single(r => r.MeasureId == "M1");
        Assert.Equal(["I๘ ท่านรับรู้เกี่ยวกับงบประมาณที่ได้รับการจัดสรร", "(คะแนน ๗๓.๓๔)"], ReportText.QuestionLines(row));
        Assert.Equal(["I๑"], ReportText.QuestionLines(report.Rows.Single(r => r.MeasureId == "M2")));
    }

    [Fact]
    public void Imported_result_is_printed_when_the_measure_has_no_approved_progress_of_the_round()
    {
        var plan = new Plan("บางเขน", 2567, [WithImportedResult(ReportFixtures.Measure("M1", 1, "a"))]);

        var report = ReportCompiler.Compile(plan, ReportRound.FirstHalf, [ReportFixtures.Progress("M1", new DateOnly(2024, 1, 31), approved: false)], null, ReportFixtures.GeneratedAt);

        var row = report.Rows.Single();
        Assert.Equal(ReportRowStatus.Imported, row.Status);
        Assert.Equal("จัดอบรมแล้ว ๒ ครั้ง", row.Result);
        Assert.Equal("งบประมาณล่าช้า", row.Problems);
        Assert.Equal(["https://example.go.th/a.pdf", "http://example.go.th/b"], row.Evidence.Select(e => e.Url));
        Assert.Empty(report.NotReady);
    }

    [Fact]
    public void Approved_progress_of_the_round_wins_over_an_imported_result()
    {
        var plan = new Plan("บางเขน", 2567, [WithImportedResult(ReportFixtures.Measure("M1", 1, "a"))]);

        var row = ReportCompiler.Compile(plan, ReportRound.FirstHalf, [ReportFixtures.Progress("M1", new DateOnly(2024, 1, 31), result: "ผลในรอบนี้")], null, ReportFixtures.GeneratedAt).Rows.Single();

        Assert.Equal(ReportRowStatus.Approved, row.Status);
        Assert.Equal("ผลในรอบนี้", row.Result);
        Assert.Empty(row.Evidence);
    }

    [Fact]
    public void Progress_not_marked_imported_is_not_carried_over()
    {
        var measure = ReportFixtures.Measure("M1", 1, "a") with { ReportedProgress = new ReportedProgress("ผล", "", []) };

        var row = ReportCompiler.Compile(new Plan("บางเขน", 2567, [measure]), ReportRound.FirstHalf, [], null, ReportFixtures.GeneratedAt).Rows.Single();

        Assert.Equal(ReportRowStatus.MissingProgress, row.Status);
        Assert.Equal("", row.Result);
    }

    internal static Measure WithImportedResult(Measure measure) => measure with
    {
        ReportedProgress = new ReportedProgress(
            "จัดอบรมแล้ว ๒ ครั้ง",
            "งบประมาณล่าช้า",
            ["https://example.go.th/a.pdf", "javascript:alert(1)", "http://127.0.0.1/x", "https://acct.blob.core.windows.net/e/x.pdf", "http://example.go.th/b"],
            Imported: true),
    };
}
