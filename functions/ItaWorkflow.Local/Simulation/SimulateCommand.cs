using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ItaWorkflow.Domain;
using ItaWorkflow.Import;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow.Engine;
using Spectre.Console;

namespace ItaWorkflow.Simulation;

/// <summary>
/// <c>simulate --plan FILE --fiscal-year 2567 --out DIR [--districts N] [--seed S] [--storage CONNECTION_STRING] [--prefix P]</c>:
/// runs the plan through a whole fiscal year with the app's workflow and simulated people and writes the reports and
/// summary.json. Without <c>--storage</c> it starts its own scratch Azurite, in memory only; with it, it resumes a killed run.
/// Prints one line per clock step when stdout is not a terminal (a progress bar otherwise).
/// </summary>
public static class SimulateCommand
{
    /// <summary>Exit code when the plan file could not be read.</summary>
    public const int PlanUnreadable = 1;

    public static Command Create()
    {
        var plan = new Option<FileInfo>("--plan") { Description = "Plan document (.txt/.tsv/.csv/.docx/.xlsx) or Plan JSON (.json)", Required = true };
        var fiscalYear = new Option<int>("--fiscal-year") { Description = "Buddhist-Era fiscal year, e.g. 2567", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Output folder for reports and summary.json", Required = true };
        var district = new Option<string?>("--district") { Description = "District of the plan (default: the JSON plan's, else จำลอง)" };
        var districts = new Option<int>("--districts") { Description = "How many district copies of the plan", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = "Seed of the simulated people's choices", DefaultValueFactory = _ => 1 };
        var storage = new Option<string?>("--storage") { Description = "Storage connection string; resumes a simulation found there" };
        var prefix = new Option<string>("--prefix") { Description = "Storage name prefix", DefaultValueFactory = _ => "sim" };
        var command = new Command("simulate", "Simulate a fiscal year of a plan (จำลองการติดตามมาตรการทั้งปีงบประมาณ)")
        {
            plan, fiscalYear, output, district, districts, seed, storage, prefix,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var year = parseResult.GetRequiredValue(fiscalYear);
            var loaded = await LoadPlanAsync(parseResult.GetRequiredValue(plan).FullName, parseResult.GetValue(district), year, cancellationToken);
            if (loaded.Plan is null)
            {
                await stderr.WriteLineAsync(loaded.Error);
                return PlanUnreadable;
            }

            var request = new SimulationRequest(loaded.Plan, Math.Max(1, parseResult.GetValue(districts)), parseResult.GetRequiredValue(output).FullName);
            await using var azurite = parseResult.GetValue(storage) is null ? await AzuriteProcess.StartInMemoryAsync(cancellationToken: cancellationToken) : null;
            var settings = new SimulationSettings(
                parseResult.GetValue(storage) ?? azurite!.ConnectionString,
                parseResult.GetRequiredValue(prefix),
                parseResult.GetValue(seed));
            var summary = Console.IsOutputRedirected || !ReferenceEquals(stdout, Console.Out)
                ? await Simulator.RunAsync(request, settings, p => stdout.WriteLine(Line(p)), cancellationToken: cancellationToken)
                : await RunWithProgressBarAsync(request, settings, cancellationToken);
            await stdout.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"done: {summary.Districts} districts × {summary.MeasuresPerDistrict} measures, {summary.Transitions} transitions, " +
                $"{summary.Emails} emails ({summary.DuplicateEmails} duplicate), {summary.ReportsPublished} reports published, " +
                $"{summary.StorageOperations} storage operations, {summary.WallSeconds:0.0} s → {request.OutputDirectory}"));
            return 0;
        });
        return command;
    }

    /// <summary>Reads a Plan JSON file or imports a plan document; on failure the error is in Thai and English.</summary>
    public static async Task<(Plan? Plan, string Error)> LoadPlanAsync(string path, string? district, int fiscalYear, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return (null, $"ไม่พบไฟล์แผน {path}\nPlan file not found: {path}");
        }

        if (string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var plan = JsonSerializer.Deserialize<Plan>(await File.ReadAllTextAsync(path, cancellationToken), EngineJson.Options);
                return plan is null || plan.Measures.Count == 0
                    ? (null, $"ไฟล์แผนไม่มีมาตรการ: {path}\nThe plan file has no measures: {path}")
                    : (plan with { District = district ?? plan.District, FiscalYear = fiscalYear }, "");
            }
            catch (JsonException e)
            {
                return (null, $"อ่านไฟล์แผน JSON ไม่ได้: {e.Message}\nCannot read the plan JSON: {e.Message}");
            }
        }

        var result = await PlanImporter.ImportFileAsync(path, district ?? "จำลอง", fiscalYear, cancellationToken: cancellationToken);
        return result.Error is { } error
            ? (null, $"นำเข้าแผนไม่สำเร็จ: {error.Message}\nImport failed: {error.MessageEn}")
            : (result.Draft!, "");
    }

    private static string Line(SimulationProgress progress) => string.Create(
        CultureInfo.InvariantCulture, $"{progress.Phase} {progress.Step} {progress.Now:yyyy-MM-ddTHH:mmzzz} {progress.Fraction:P0}");

    private static async Task<SimulationSummary> RunWithProgressBarAsync(SimulationRequest request, SimulationSettings settings, CancellationToken cancellationToken)
    {
        SimulationSummary? summary = null;
        await AnsiConsole.Progress().StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape($"{request.Plan.District} ×{request.Districts}"), maxValue: 1);
            summary = await Simulator.RunAsync(
                request,
                settings,
                p =>
                {
                    if (p.Phase != Simulator.Moved)
                    {
                        return;
                    }

                    task.Value = p.Fraction;
                    task.Description = Markup.Escape($"{request.Plan.District} ×{request.Districts} {p.Now:yyyy-MM-dd}");
                },
                cancellationToken: cancellationToken);
            task.Value = 1;
        });
        return summary!;
    }
}
