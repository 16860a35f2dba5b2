using System.Diagnostics;
using System.Globalization;
using ItaWorkflow.Bench;
using ItaWorkflow.Storage;
using Spectre.Console;

// Benchmarks print figures; they are not pass/fail tests. Usage (from the repository root):
//   dotnet run -c Release --project bench/ItaWorkflow.Bench -- all|links|throughput|year|admin|memory|coldstart [options]
//   links:      [--idle 300] [--levels 1x20,10x6,50x4]  (users x rounds; then one action after --idle seconds)
//   throughput: [--measures 300,3000]
//   year:       [--districts 50] [--year-measures 30]
//   admin:      [--admin-rows 100000]
//   memory:     [--orchestrations 10000] [--memory-minutes 6] (time allowed for the first steps; the figure says how many ran)
//   coldstart:  [--no-publish]
// "all" runs each in its own process (so peak memory is that figure's own) with the options given, in the order above.
// Every figure gets its own in-memory Azurite (Azurite on disk rewrites its whole database every 5 s).
string[] figureNames = ["links", "throughput", "year", "admin", "memory", "coldstart"];
var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var rowsOnly = args.Contains("--rows");
if (what == "all")
{
    var rows = new List<string[]>();
    var self = Environment.GetCommandLineArgs()[0];
    foreach (var name in figureNames)
    {
        var watch = Stopwatch.StartNew();
        var load = LoadAverage();
        var start = new ProcessStartInfo("dotnet", [self, name, "--rows", .. args.Where(a => a != "all")]) { RedirectStandardOutput = true };
        using var child = Process.Start(start)!;
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("ROW\t", StringComparison.Ordinal))
            {
                rows.Add(line.Split('\t')[1..]);
            }
        }

        await child.WaitForExitAsync();
        rows.Add([name, "run: wall time; load average before → after; exit code",
            $"{watch.Elapsed.TotalMinutes:F1} min; {load} → {LoadAverage()}; {child.ExitCode}", ""]);
    }

    Print(rows);
    return 0;
}

if (!figureNames.Contains(what))
{
    Console.Error.WriteLine($"Unknown benchmark '{what}'. Use one of: all, {string.Join(", ", figureNames)}.");
    return 2;
}

var figures = new Figures();
await using (var azurite = await AzuriteProcess.StartInMemoryAsync())
{
    switch (what)
    {
        case "links":
            IReadOnlyList<(int, int)> levels = OptionText("--levels") is { } given
                ? [.. given.Split(',').Select(l => l.Split('x')).Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture)))]
                : [(1, 20), (10, 6), (50, 4)];
            await LinkLoadBench.RunAsync(azurite.ConnectionString, levels, Option("--idle", 300), figures);
            break;
        case "throughput":
            foreach (var measures in (OptionText("--measures") ?? "300,3000").Split(','))
            {
                await ThroughputBench.RunAsync(azurite, int.Parse(measures, CultureInfo.InvariantCulture), figures);
            }

            break;
        case "year":
            await YearBench.RunAsync(azurite, Option("--districts", 50), Option("--year-measures", 30), figures);
            break;
        case "admin":
            var rows = Option("--admin-rows", 100_000);
            foreach (var result in await AdminListBench.RunAsync(azurite.ConnectionString, rows))
            {
                figures.Add($"admin list, {rows:N0} cases, 50 per page", result.Name + ": p50 / p95",
                    $"{Figures.Ms(result.P50Ms)} / {Figures.Ms(result.P95Ms)} ms", result.Name.StartsWith("first", StringComparison.Ordinal) ? "" : $"p95 < 200 ms: {Figures.Met(result.P95Ms < 200)}");
            }

            break;
        case "memory":
            await MemoryBench.RunAsync(azurite, Option("--orchestrations", 10_000), TimeSpan.FromMinutes(Option("--memory-minutes", 6)), figures);
            break;
        default:
            await ColdStartBench.RunAsync(azurite, !args.Contains("--no-publish"), figures);
            break;
    }
}

if (rowsOnly)
{
    foreach (var row in figures.Rows)
    {
        Console.WriteLine("ROW\t" + string.Join('\t', row.Select(c => c.Replace('\t', ' ').Replace('\n', ' '))));
    }
}
else
{
    Print(figures.Rows);
}

return 0;

static void Print(IEnumerable<string[]> rows)
{
    var table = new Table().AddColumns("benchmark", "figure", "value", "goal");
    foreach (var row in rows)
    {
        table.AddRow([.. row.Select(Markup.Escape)]);
    }

    AnsiConsole.Profile.Width = 240;
    AnsiConsole.Write(table);
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

int Option(string name, int fallback) => int.TryParse(OptionText(name), out var value) ? value : fallback;

string? OptionText(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
