using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using ItaWorkflow.Domain;
using ItaWorkflow.Storage;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ItaWorkflow.Import;

/// <summary>
/// <c>import FILE --district NAME --fiscal-year 2567 [--dry-run] [--json]</c>: reads a plan document and prints a
/// summary table (or, with <c>--json</c>, the draft as JSON). Without <c>--dry-run</c> or <c>--json</c> the plan
/// is stored as the district's draft; running the command is the coordinator's confirmation.
/// </summary>
public static class ImportCommand
{
    /// <summary>Exit code when the file could not be imported.</summary>
    public const int ImportFailed = 1;

    /// <summary>Creates the subcommand; <paramref name="storeFactory"/> defaults to Table Storage configured from the environment.</summary>
    public static Command Create(Func<IPlanStore>? storeFactory = null)
    {
        var file = new Argument<FileInfo>("file") { Description = "Plan document: .txt/.tsv (tab-separated), .csv, .docx or .xlsx" };
        var district = new Option<string>("--district") { Description = "District office, e.g. หนองแขม", Required = true };
        var fiscalYear = new Option<int>("--fiscal-year") { Description = "Buddhist-Era fiscal year, e.g. 2567", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and report only; store nothing" };
        var json = new Option<bool>("--json") { Description = "Print the draft plan as JSON (measures + findings); stores nothing" };
        var command = new Command("import", "Import a district measure plan (นำเข้าแผนมาตรการ)") { file, district, fiscalYear, dryRun, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetRequiredValue(file);
            var name = parseResult.GetRequiredValue(district);
            var year = parseResult.GetRequiredValue(fiscalYear);
            var asJson = parseResult.GetValue(json);
            var store = !(parseResult.GetValue(dryRun) || asJson);

            var stopwatch = Stopwatch.StartNew();
            var result = await PlanImporter.ImportFileAsync(path.FullName, name, year, cancellationToken: cancellationToken);
            stopwatch.Stop();
            if (result.Succeeded && store)
            {
                await (storeFactory ?? DefaultStore)().SaveDraftAsync(result.Draft!, cancellationToken);
            }

            if (asJson)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(ImportDraftResponse.From(result, name, year, stored: false), PlanJson.Indented));
            }
            else
            {
                WriteSummary(output, result, path.Name, stopwatch.Elapsed, store && result.Succeeded);
            }

            if (result.Error is { } failure)
            {
                await error.WriteLineAsync($"{failure.Message}\n{failure.MessageEn}");
                return ImportFailed;
            }

            return 0;
        });
        return command;
    }

    private static IPlanStore DefaultStore()
    {
        var options = new StorageOptions();
        options.ConnectionString = Environment.GetEnvironmentVariable("Storage__ConnectionString") ?? options.ConnectionString;
        options.Prefix = Environment.GetEnvironmentVariable("Storage__Prefix") ?? options.Prefix;
        return new TablePlanStore(new StorageClients(Options.Create(options)));
    }

    private static void WriteSummary(TextWriter output, ImportResult result, string fileName, TimeSpan elapsed, bool stored)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        if (result.Draft is { } plan)
        {
            var table = new Table().Title(Markup.Escape($"{plan.District} ปีงบประมาณ {plan.FiscalYear} — {fileName}"));
            table.AddColumns("Id", "ตัวชี้วัด", "ข้อ", "มาตรการ/กิจกรรม", "กำหนดเสร็จ", "ผู้รับผิดชอบ", "ติดตาม");
            foreach (var measure in plan.Measures)
            {
                table.AddRow(
                    Markup.Escape(measure.Id),
                    measure.Indicator.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(",", measure.QuestionCodes)),
                    Markup.Escape(Shorten(measure.Title, 60)),
                    Markup.Escape(measure.Deadline.Date is { } date ? ThaiCalendar.FormatShort(date) : "-"),
                    Markup.Escape(Shorten(string.Join(", ", measure.Divisions.Concat(measure.ResponsiblePersons)), 50)),
                    Markup.Escape(CadenceParser.Format(measure.Cadence)));
            }

            console.Write(table);
        }

        if (result.Findings.Count > 0)
        {
            var findings = new Table().Title("ข้อสังเกต / Findings");
            findings.AddColumns("ระดับ", "ตำแหน่ง", "มาตรการ", "รายละเอียด", "ค่าที่ใช้");
            foreach (var finding in result.Findings)
            {
                findings.AddRow(
                    finding.Severity.ToString(),
                    Markup.Escape(finding.Location),
                    Markup.Escape(finding.MeasureId ?? ""),
                    Markup.Escape(Shorten(finding.Message, 80)),
                    Markup.Escape(Shorten(finding.Assumed ?? "", 30)));
            }

            console.Write(findings);
        }

        var stats = result.Stats;
        console.WriteLine(
            $"rows read: {stats.RowsRead}, table rows: {stats.TableRows}, measures: {stats.Measures}, findings: {stats.Findings}, " +
            $"time: {elapsed.TotalMilliseconds:0} ms, stored: {(stored ? "yes (draft)" : "no")}");
    }

    private static string Shorten(string text, int length)
    {
        var line = text.Replace('\n', ' ');
        return line.Length <= length ? line : line[..(length - 1)] + "…";
    }
}
