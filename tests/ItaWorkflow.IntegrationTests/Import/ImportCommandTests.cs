using System.CommandLine;
using System.Text.Json;
using ItaWorkflow.Import;

namespace ItaWorkflow.Tests.Import;

public sealed class ImportCommandTests
{
    private static async Task<(int Code, string Output, string Error, FakePlanStore Store)> RunAsync(params string[] args)
    {
        var store = new FakePlanStore();
        var root = new RootCommand { ImportCommand.Create(() => store) };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString(), store);
    }

    [Fact]
    public async Task Json_option_prints_measures_and_findings_and_stores_nothing()
    {
        var (code, output, _, store) = await RunAsync("import", Path.Combine(Seeds.Directory, Seeds.BangKhen), "--district", "บางเขน", "--fiscal-year", "2566", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(60, json.RootElement.GetProperty("measures").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("findings").GetArrayLength() > 0);
        Assert.Equal("2023-03-30", json.RootElement.GetProperty("measures")[1].GetProperty("deadline").GetProperty("date").GetString());
        Assert.Empty(store.Drafts);
    }

    [Fact]
    public async Task Dry_run_prints_a_summary_and_stores_nothing()
    {
        var (code, output, _, store) = await RunAsync("import", Path.Combine(Seeds.Directory, Seeds.PathumWan), "--district", "ปทุมวัน", "--fiscal-year", "2566", "--dry-run");

        Assert.Equal(0, code);
        Assert.Contains("measures: 11", output, StringComparison.Ordinal);
        Assert.Contains("M11", output, StringComparison.Ordinal);
        Assert.Empty(store.Drafts);
    }

    [Fact]
    public async Task Import_without_dry_run_stores_the_draft()
    {
        var (code, _, _, store) = await RunAsync("import", Path.Combine(Seeds.Directory, Seeds.NongKhaem), "--district", "หนองแขม", "--fiscal-year", "2567");

        Assert.Equal(0, code);
        Assert.Equal(31, store.Drafts[("หนองแขม", 2567)].Measures.Count);
    }

    [Fact]
    public async Task Bad_file_exits_with_an_error_in_thai_and_english_and_stores_nothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ita-{Guid.NewGuid():N}.docx");
        await File.WriteAllTextAsync(path, "not a document");
        try
        {
            var (code, _, error, store) = await RunAsync("import", path, "--district", "หนองแขม", "--fiscal-year", "2567");

            Assert.Equal(ImportCommand.ImportFailed, code);
            Assert.Contains("ไฟล์ไม่ใช่เอกสาร Office", error, StringComparison.Ordinal);
            Assert.Contains("not a valid Office document", error, StringComparison.Ordinal);
            Assert.Empty(store.Drafts);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
