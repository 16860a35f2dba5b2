using System.Text;
using FsCheck;
using FsCheck.Xunit;
using ItaWorkflow.Domain;
using ItaWorkflow.Import;

namespace ItaWorkflow.Tests.Import;

/// <summary>
/// The progress-report fixture with the noise of extracted Word files added at random places in the plan body: plan
/// headers repeated mid-table, embedded score-table rows and separators, OCR digit swaps (Thai ↔ Arabic), HTML
/// remnants and blank lines. The same four measures must come out every time.
/// </summary>
public sealed class ProgressReportFuzzTests
{
    private static readonly string[] Lines = ProgressReportTests.Fixture("progress-report-6-months-fy2568.txt").Split('\n');
    private static readonly int BodyStart = Array.FindIndex(Lines, l => l.StartsWith("ตัวชี้วัด\t", StringComparison.Ordinal)) + 1;
    private static readonly int BodyEnd = Array.FindIndex(Lines, l => l.StartsWith("ภาคผนวก", StringComparison.Ordinal));

    [Property(MaxTest = 300)]
    public bool Noise_in_the_plan_body_changes_no_measure(NonEmptyArray<byte> noise)
    {
        var lines = Lines.ToList();
        var end = BodyEnd;
        var bytes = noise.Get;
        for (var i = 0; i + 1 < bytes.Length && i < 24; i += 2)
        {
            var at = BodyStart + bytes[i + 1] % (end - BodyStart);
            var inserted = (bytes[i] % 6) switch
            {
                0 => Lines[BodyStart - 1],
                1 => "ความพึงพอใจด้านกระบวนการ\t0.00\t1.05\t22.24\t76.62\t4.97",
                2 => "-----\t-----\t-----\t-----\t-----",
                3 => "",
                _ => null,
            };
            if (inserted is not null)
            {
                lines.Insert(at, inserted);
                end++;
            }
            else
            {
                lines[at] = bytes[i] % 6 == 4 ? SwapDigits(lines[at]) : lines[at].Replace("\t", "\t<p>", StringComparison.Ordinal);
            }
        }

        var measures = PlanImporter.Import(Encoding.UTF8.GetBytes(string.Join('\n', lines)), "report.txt", "หนองแขม", 2568).Draft?.Measures ?? [];
        return measures.Select(m => (m.Indicator, string.Join(",", m.QuestionCodes)))
                .SequenceEqual([(1, "I3"), (3, "I13"), (4, "I21"), (5, "I28")])
            && measures.All(m => m.Divisions.Count > 0);
    }

    private static string SwapDigits(string line) =>
        line.Any(c => c is >= '๐' and <= '๙') ? ThaiDigits.ToArabic(line) : ThaiDigits.ToThai(line);
}
