using ItaWorkflow.Bench;

if (args is ["admin-list", var connectionString, ..])
{
    var rows = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    foreach (var result in await AdminListBench.RunAsync(connectionString, rows))
    {
        Console.WriteLine($"{result.Name,-45} pages {result.Pages,3} items {result.Items,6} p50 {result.P50Ms,7:0.0} ms p95 {result.P95Ms,7:0.0} ms");
    }

    return 0;
}

Console.WriteLine("bench: see README");
return 0;
