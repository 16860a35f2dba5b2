using System.Diagnostics;
using ItaWorkflow.Domain;
using ItaWorkflow.Reports;

namespace ItaWorkflow.Bench;

/// <summary>
/// Generates the full-year report of a 60-measure plan with 12 months of approved progress (two evidence links a
/// month, an image thumbnail on every fourth measure) and measures time and memory.
/// </summary>
public static class ReportGenerationBench
{
    private const int MeasureCount = 60;
    private const int Months = 12;
    private const int WarmRuns = 5;

    // A 1×1 PNG, enough to exercise image embedding.
    private static readonly byte[] Thumbnail = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>Runs one cold and several warm generations; <paramref name="outputFolder"/> keeps the files when given.</summary>
    public static async Task<ReportGenerationBenchResult> RunAsync(string? outputFolder = null)
    {
        var plan = Plan();
        var progress = Progress(plan).ToList();
        var generatedAt = new DateTimeOffset(2024, 10, 5, 3, 0, 0, TimeSpan.Zero);

        var cold = Stopwatch.StartNew();
        var (docx, xlsx) = Generate(plan, progress, generatedAt);
        cold.Stop();

        var compile = new List<TimeSpan>();
        var writeDocx = new List<TimeSpan>();
        var writeXlsx = new List<TimeSpan>();
        long allocated = 0;
        for (var run = 0; run < WarmRuns; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var report = ReportCompiler.Compile(plan, ReportRound.FullYear, progress, null, generatedAt);
            compile.Add(watch.Elapsed);
            watch.Restart();
            docx = ReportDocxWriter.ToBytes(report);
            writeDocx.Add(watch.Elapsed);
            watch.Restart();
            xlsx = ReportXlsxWriter.ToBytes(report);
            writeXlsx.Add(watch.Elapsed);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        if (outputFolder is not null)
        {
            Directory.CreateDirectory(outputFolder);
            await File.WriteAllBytesAsync(Path.Combine(outputFolder, "bench-report.docx"), docx);
            await File.WriteAllBytesAsync(Path.Combine(outputFolder, "bench-report.xlsx"), xlsx);
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new ReportGenerationBenchResult(
            plan.Measures.Count,
            progress.Count,
            cold.Elapsed,
            Median(compile),
            Median(writeDocx),
            Median(writeXlsx),
            allocated,
            docx.LongLength,
            xlsx.LongLength,
            process.PeakWorkingSet64);
    }

    private static (byte[] Docx, byte[] Xlsx) Generate(Plan plan, IReadOnlyList<ApprovedProgress> progress, DateTimeOffset generatedAt)
    {
        var report = ReportCompiler.Compile(plan, ReportRound.FullYear, progress, null, generatedAt);
        return (ReportDocxWriter.ToBytes(report), ReportXlsxWriter.ToBytes(report));
    }

    private static TimeSpan Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2);

    private static Plan Plan() => new(
        "บางเขน",
        2567,
        [
            .. Enumerable.Range(1, MeasureCount).Select(i => new Measure(
                $"M{i}",
                ((i - 1) % 10) + 1,
                [$"I{i % 25 + 1}"],
                null,
                $"ประเด็นที่ต้องปรับปรุงที่ {i}: เจ้าหน้าที่ยังไม่ทราบแนวทางการปฏิบัติงานและการให้บริการอย่างทั่วถึง",
                $"มาตรการที่ {i}: จัดประชุมชี้แจง ชักซ้อมความเข้าใจ และเผยแพร่ประชาสัมพันธ์ผ่านช่องทางต่าง ๆ ของหน่วยงาน",
                "รายงาน ๑ ฉบับ",
                "เว็บไซต์และเพจเฟซบุ๊กของสำนักงานเขต",
                Deadline.None,
                ["ฝ่ายปกครอง", "ฝ่ายทะเบียน"],
                [],
                FollowUpCadence.Monthly,
                "bench")),
        ]);

    private static IEnumerable<ApprovedProgress> Progress(Plan plan)
    {
        var start = new FiscalYear(plan.FiscalYear).Start;
        foreach (var (measure, index) in plan.Measures.Select((m, i) => (m, i)))
        {
            for (var month = 0; month < Months; month++)
            {
                var periodEnd = start.AddMonths(month + 1).AddDays(-1);
                yield return new ApprovedProgress(
                    measure.Id,
                    periodEnd,
                    new DateTimeOffset(periodEnd.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(3),
                    "ดำเนินการ",
                    Math.Min(100, (month + 1) * 9),
                    $"เดือนที่ {month + 1}: ดำเนินการจัดประชุมชี้แจงแก่เจ้าหน้าที่ {20 + month} คน และเผยแพร่ข้อมูลบนเว็บไซต์ของสำนักงานเขตแล้ว",
                    month % 3 == 0 ? "เจ้าหน้าที่ติดภารกิจเร่งด่วน ทำให้ต้องเลื่อนการประชุม" : "",
                    [
                        new EvidenceItem($"photo-{measure.Id}-{month + 1}.png", $"https://example.go.th/evidence/{measure.Id}/{month + 1}/photo.png", index % 4 == 0 ? Thumbnail : null),
                        new EvidenceItem($"minutes-{measure.Id}-{month + 1}.pdf", $"https://example.go.th/evidence/{measure.Id}/{month + 1}/minutes.pdf"),
                    ],
                    Approved: true);
            }
        }
    }
}
