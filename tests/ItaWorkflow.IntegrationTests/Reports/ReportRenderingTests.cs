using System.Diagnostics;
using System.Text.RegularExpressions;
using ItaWorkflow.Reports;

namespace ItaWorkflow.Tests.Reports;

/// <summary>Renders a generated DOCX with LibreOffice to PDF and reads the PDF's text back with pdftotext.</summary>
public sealed partial class ReportRenderingTests
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(120);

    /// <summary>At most about a third of the 34 pages this 31-measure fixture took before the compact layout (11 after).</summary>
    private const int MaxNongKhaemPages = 12;

    [Fact]
    public async Task Docx_renders_in_LibreOffice_with_the_Thai_title_every_measure_and_the_header_on_every_page()
    {
        var report = ManyPageReport();
        var rendered = await RenderAsync(report);
        try
        {
            var pages = rendered.Pages;
            var text = string.Concat(pages);

            Assert.Contains(Compact(ReportText.Title), text, StringComparison.Ordinal);
            Assert.Contains(Compact("สำนักงานเขตบางเขน"), text, StringComparison.Ordinal);
            Assert.Contains(Compact("๓๑ มีนาคม ๒๕๖๗"), text, StringComparison.Ordinal);
            foreach (var row in report.Rows)
            {
                Assert.Contains(Distinctive(row), text, StringComparison.Ordinal);
            }

            Assert.Contains(Compact("นางสาวพิศมัย เรืองศิลป์"), text, StringComparison.Ordinal);
            var pagesWithRows = pages.Where(p => report.Rows.Any(r => p.Contains(Distinctive(r), StringComparison.Ordinal))).ToList();
            Assert.True(pagesWithRows.Count >= 2, $"Expected the table to span pages, got {pagesWithRows.Count}.");
            Assert.All(pagesWithRows, p => Assert.Contains(Compact(ReportText.ColumnHeadings[2]), p, StringComparison.Ordinal));
        }
        finally
        {
            rendered.Delete();
        }
    }

    [Fact]
    public async Task Nong_khaem_plan_of_31_measures_renders_compactly_with_the_published_columns_and_Thai_digits_only()
    {
        var report = ReportFixtures.NongKhaemReport();
        Assert.Equal(31, report.Rows.Count);
        var rendered = await RenderAsync(report);
        try
        {
            var pages = rendered.Pages;
            Assert.True(pages.Count <= MaxNongKhaemPages, $"The 31-measure plan took {pages.Count} pages; at most {MaxNongKhaemPages} expected.");

            // The published column set, in order, repeated on every page. Headings wrap in their cells and pdftotext
            // interleaves the wrapped lines, so each is looked for by its first four letters.
            string[] published = ["ตัวชี้วัด/ข้อคำถาม", "ประเด็นที่ต้องปรับปรุง", "มาตรการ/แนวทาง", "ผลการดำเนินการ", "ระยะเวลา", "ผู้รับผิดชอบ", "ปัญหาอุปสรรค / ข้อเสนอแนะ"];
            Assert.Equal(published, ReportDocxWriter.ColumnsOf(report));
            Assert.All(pages, page => Assert.All(published, heading => Assert.Contains(Compact(heading)[..4], page, StringComparison.Ordinal)));

            // Page numbers included: no Arabic digit anywhere, and no internal measure id.
            var raw = rendered.RawText;
            Assert.DoesNotMatch("[0-9]", raw);
            Assert.DoesNotMatch(@"M\s*[0-9๐-๙]{1,3}", raw);
            Assert.Contains("๒", raw, StringComparison.Ordinal);
            Assert.Contains(Compact("ทุกฝ่าย"), string.Concat(pages), StringComparison.Ordinal);
            Assert.DoesNotContain(Compact("ฝ่ายป้องกันและบรรเทาสาธารณภัย"), string.Concat(pages), StringComparison.Ordinal);

            // The signature shares its page with the end of the table.
            var last = pages[^1];
            Assert.Contains(Compact("(นายสมชาย ใจดี)"), last, StringComparison.Ordinal);
            Assert.Contains(Compact(ReportText.ColumnHeadings[2]), last, StringComparison.Ordinal);

            // No dead links: every link in the PDF is a public http(s) address.
            Assert.NotEmpty(rendered.Links);
            Assert.All(rendered.Links, link => Assert.True(PublicLink.IsPublic(link), "dead or private link: " + link));
            Assert.DoesNotContain(rendered.Links, l => l.Contains("/manage/", StringComparison.Ordinal) || l.Contains("devstoreaccount1", StringComparison.Ordinal));
        }
        finally
        {
            rendered.Delete();
        }
    }

    private static async Task<Rendered> RenderAsync(SemiAnnualReport report)
    {
        var folder = Directory.CreateTempSubdirectory("ita-report-render-").FullName;
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        var docx = Path.Combine(folder, "report.docx");
        await File.WriteAllBytesAsync(docx, ReportDocxWriter.ToBytes(report));
        await RunAsync(LibreOffice(), ["-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, docx]);
        var pdf = Path.Combine(folder, "report.pdf");
        Assert.True(File.Exists(pdf), "LibreOffice produced no PDF.");
        await RunAsync(Tool("pdftotext"), [pdf, Path.Combine(folder, "report.txt")]);
        var raw = await File.ReadAllTextAsync(Path.Combine(folder, "report.txt"));
        var pages = raw.Split('\f').Select(Compact).Where(p => p.Length > 0).ToList();
        var links = LinkTarget().Matches(await File.ReadAllTextAsync(pdf, System.Text.Encoding.Latin1)).Select(m => m.Groups[1].Value).ToList();
        if (Environment.GetEnvironmentVariable("ITA_REPORT_RENDER_KEEP") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.Copy(pdf, Path.Combine(keep, $"report-{report.District}-{pages.Count}p.pdf"), overwrite: true);
        }

        return new Rendered(folder, profile, raw, pages, links);
    }

    private sealed record Rendered(string Folder, string Profile, string RawText, List<string> Pages, List<string> Links)
    {
        public void Delete()
        {
            Directory.Delete(Folder, recursive: true);
            if (Directory.Exists(Profile))
            {
                Directory.Delete(Profile, recursive: true);
            }
        }
    }

    /// <summary>The Bang Khen report plus enough measures with distinct activities to fill several pages.</summary>
    private static SemiAnnualReport ManyPageReport()
    {
        var plan = ReportFixtures.BangKhenPlan();
        plan = plan with
        {
            Measures =
            [
                .. plan.Measures,
                .. Enumerable.Range(20, 40).Select(i => ReportFixtures.Measure($"M{i}", (i % 10) + 1, $"ทดสอบ{i}จบ จัดประชุมชี้แจงแนวทางการปฏิบัติงาน")),
            ],
        };
        return ReportCompiler.Compile(plan, ReportRound.FirstHalf, ReportFixtures.BangKhenProgress(), new ReportSignatory("นางสาวพิศมัย เรืองศิลป์", "ผู้อำนวยการเขตบางเขน"), ReportFixtures.GeneratedAt);
    }

    // Table cells wrap and pdftotext interleaves the wrapped lines of neighbouring cells, so only the start of the
    // activity's first line can be looked for; the fixtures make those starts distinct.
    private static string Distinctive(ReportRow row) => Compact(ThaiText.ToThaiDigits(row.Activity))[..8];

    // pdftotext may emit Thai vowel and tone marks in a different order than typed (ชี้ → ชีแ้), so marks are dropped
    // from both sides along with whitespace.
    private static string Compact(string text) => ThaiMarksAndWhitespace().Replace(text, "");

    private static string LibreOffice()
    {
        foreach (var name in new[] { "libreoffice", "soffice" })
        {
            if (FindOnPath(name) is { } path)
            {
                return path;
            }
        }

        Assert.Fail("LibreOffice is not installed. Run scripts/install-deps.sh --test (installs libreoffice-writer-nogui, fonts-thai-tlwg, poppler-utils).");
        return "";
    }

    private static string Tool(string name)
    {
        var path = FindOnPath(name);
        Assert.True(path is not null, $"{name} is not installed. Run scripts/install-deps.sh --test (installs poppler-utils).");
        return path!;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    private static async Task RunAsync(string executable, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ProcessTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(executable)} did not finish within {ProcessTimeout.TotalSeconds} s. stderr: {await stderr}");
        }

        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(executable)} exited with {process.ExitCode}. stderr: {await stderr} stdout: {await stdout}");
    }

    // LibreOffice writes link annotations uncompressed: /URI (https://…).
    [GeneratedRegex(@"/URI\s*\(([^)]*)\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+")]
    private static partial Regex ThaiMarksAndWhitespace();
}
