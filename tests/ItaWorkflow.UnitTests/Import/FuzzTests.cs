using System.Text;
using ItaWorkflow.Import;

namespace ItaWorkflow.Tests.Import;

/// <summary>Thousands of damaged seed files: the importer must only ever answer with a draft and findings, or an error.</summary>
public sealed class FuzzTests
{
    private const int MutationsPerSeed = 600;

    [Theory]
    [InlineData(Seeds.NongKhaem, 11)]
    [InlineData(Seeds.PathumWan, 12)]
    [InlineData(Seeds.BangKhen, 13)]
    public void Mutated_seed_files_give_findings_or_errors_never_exceptions(string seed, int randomSeed)
    {
        var original = File.ReadAllText(Path.Combine(Seeds.Directory, seed));
        var lines = original.Split('\n');
        var random = new Random(randomSeed);
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < MutationsPerSeed; i++)
        {
            var bytes = Mutate(lines, random);
            var name = (i % 7) switch { 0 => "plan.csv", 1 => "plan.docx", _ => "plan.txt" };

            var result = PlanImporter.Import(bytes, name, "หนองแขม", 2567);

            Assert.True(result.Succeeded ^ result.Error is not null);
            if (result.Succeeded)
            {
                Assert.NotEmpty(result.Draft!.Measures);
                Assert.All(result.Draft.Measures, m => Assert.InRange(m.Indicator, 1, 10));
            }

            var key = result.Error?.Code.ToString() ?? "draft";
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
        }

        Assert.True(outcomes.GetValueOrDefault("draft") > MutationsPerSeed / 4, string.Join(", ", outcomes));
    }

    [Fact]
    public void Mutated_docx_and_xlsx_files_give_findings_or_errors_never_exceptions()
    {
        var plan = Seeds.Import(Seeds.PathumWan).Draft!;
        var random = new Random(5);
        foreach (var (bytes, name) in new[] { (PlanExporter.ToDocx(plan), "plan.docx"), (PlanExporter.ToXlsx(plan), "plan.xlsx") })
        {
            for (var i = 0; i < 150; i++)
            {
                var copy = (byte[])bytes.Clone();
                var flips = random.Next(1, 6);
                for (var f = 0; f < flips; f++)
                {
                    copy[random.Next(copy.Length)] = (byte)random.Next(256);
                }

                var result = PlanImporter.Import(random.Next(4) == 0 ? copy[..random.Next(copy.Length)] : copy, name, "ปทุมวัน", 2566);

                Assert.True(result.Succeeded ^ result.Error is not null);
            }
        }
    }

    private static byte[] Mutate(string[] lines, Random random)
    {
        var mutated = lines.ToList();
        var edits = random.Next(1, 12);
        for (var e = 0; e < edits && mutated.Count > 0; e++)
        {
            var at = random.Next(mutated.Count);
            switch (random.Next(12))
            {
                case 0:
                    mutated.RemoveAt(at);
                    break;
                case 1:
                    mutated.Insert(at, mutated[random.Next(mutated.Count)]);
                    break;
                case 2:
                    mutated[at] = mutated[at].Replace("\t", "", StringComparison.Ordinal);
                    break;
                case 3:
                    mutated[at] = Insert(mutated[at], random, "\t");
                    break;
                case 4:
                    mutated[at] = Insert(mutated[at], random, Pick(random, "<p>", "</p>", "<ul style=\"x\">", "<li>", "<a href=\"http://x\">", "</a>", "<b", "&amp;", "&#x0;", "<", ">"));
                    break;
                case 5:
                    mutated[at] = Insert(mutated[at], random, Pick(random, "ทุกฝ่าย", "ฝ่ายคลัง", "นาย", "น.ส.", "ตัวชี้วัดที่ 99", "๓๐ มี.ค.", "ทุก 0 เดือน", "ทุก ๑๓ เดือน", "O๙๙", "1๙๙", "0", "๐๐๐", "(200 คะแนน)", "9.9.9"));
                    break;
                case 6:
                    mutated[at] = mutated[at][..random.Next(mutated[at].Length + 1)];
                    break;
                case 7:
                    (mutated[at], mutated[random.Next(mutated.Count)]) = (mutated[random.Next(mutated.Count)], mutated[at]);
                    break;
                case 8:
                    mutated[at] = new string(mutated[at].Select(c => random.Next(20) == 0 ? (char)random.Next(0x0E00, 0x0E7F) : c).ToArray());
                    break;
                case 9:
                    mutated[at] = Insert(mutated[at], random, "\"");
                    break;
                case 10:
                    mutated.RemoveRange(at, Math.Min(random.Next(1, 40), mutated.Count - at));
                    break;
                default:
                    mutated[at] = string.Concat(Enumerable.Repeat("\t", random.Next(1, 30)));
                    break;
            }
        }

        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', mutated));
        if (bytes.Length > 0 && random.Next(20) == 0)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }

    private static string Insert(string line, Random random, string text) => line.Insert(random.Next(line.Length + 1), text);

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];
}
