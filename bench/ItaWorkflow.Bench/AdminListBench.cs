using System.Diagnostics;
using Azure.Data.Tables;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Bench;

/// <summary>
/// Seeds index rows (50 districts, batches of 100 in one partition) and times admin-list pages for a few filter
/// combinations, following continuation tokens like the admin page does.
/// </summary>
public static class AdminListBench
{
    private static readonly string[] Divisions = ["ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายโยธา", "ฝ่ายรักษาความสะอาด", "ฝ่ายปกครอง", "ฝ่ายสิ่งแวดล้อม"];
    private static readonly string[] Steps = ["Assigned", "AwaitingProgress", "AwaitingReview", "Completed"];

    public static async Task<IReadOnlyList<AdminListBenchResult>> RunAsync(
        string connectionString, int rows = 100_000, int pagesPerCase = 40, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        var storage = new StorageClients(Options.Create(new StorageOptions { ConnectionString = connectionString, Prefix = "bench" + Guid.NewGuid().ToString("N")[..8] }));
        var table = storage.Table(StorageNames.InstanceIndex);
        await table.CreateIfNotExistsAsync(cancellationToken);
        var now = new DateTimeOffset(2024, 3, 15, 9, 0, 0, TimeSpan.FromHours(7));
        await SeedAsync(table, rows, now, cancellationToken);
        var index = new InstanceIndex(storage, new TitleCatalog(storage, TimeProvider.System));
        var results = new List<AdminListBenchResult>
        {
            // Rows seeded straight into the table carry no district markers, so the first all-district page finds the
            // districts by walking the partitions once (what a deployment upgraded from an unmarked index pays once).
            await TimeAsync(index, "first all-district page after seeding (finds the districts once)", new InstanceQuery(PageSize: pageSize), 1, cancellationToken),
        };
        var cases = new (string Name, InstanceQuery Query)[]
        {
            ("all districts", new InstanceQuery(PageSize: pageSize)),
            ("district", new InstanceQuery("เขต07", PageSize: pageSize)),
            ("district + fiscal year + running + indicator", new InstanceQuery("เขต07", 2567, "measure", RuntimeStatus.Running, Indicator: 10, PageSize: pageSize)),
            ("district + overdue", new InstanceQuery("เขต07", Status: RuntimeStatus.Running, DueBefore: now, PageSize: pageSize)),
            ("district + division (in memory)", new InstanceQuery("เขต07", PageSize: pageSize, Division: "ฝ่ายโยธา")),
            ("all districts + title text (in memory)", new InstanceQuery(PageSize: pageSize, TitleContains: "มาตรการ 7")),
            ("all districts + step", new InstanceQuery(Step: "AwaitingReview", PageSize: pageSize)),
            ("all districts + overdue", new InstanceQuery(Status: RuntimeStatus.Running, DueBefore: now, PageSize: pageSize)),
            ("all districts + division (in memory)", new InstanceQuery(PageSize: pageSize, Division: "ฝ่ายโยธา")),
            ("all districts + rare title text (in memory)", new InstanceQuery(PageSize: pageSize, TitleContains: "มาตรการ 1999 ")),
        };
        foreach (var (name, query) in cases)
        {
            results.Add(await TimeAsync(index, name, query, pagesPerCase, cancellationToken));
        }

        await table.DeleteAsync(cancellationToken);
        return results;
    }

    private static async Task<AdminListBenchResult> TimeAsync(InstanceIndex index, string name, InstanceQuery query, int pages, CancellationToken cancellationToken)
    {
        var timings = new List<double>();
        var items = 0;
        string? token = null;
        while (timings.Count < pages)
        {
            var watch = Stopwatch.StartNew();
            var page = await index.ListAsync(query with { ContinuationToken = token }, cancellationToken);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            items += page.Items.Count;
            // A null token starts over from the first page, so short result sets still give enough samples.
            token = page.ContinuationToken;
        }

        var summary = LatencySummary.From(timings);
        return new AdminListBenchResult(name, timings.Count, items, summary.P50Ms, summary.P95Ms);
    }

    private static async Task SeedAsync(TableClient table, int rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const int districts = 50;
        var perDistrict = (rows + districts - 1) / districts;
        var batches = Enumerable.Range(0, districts).SelectMany(d =>
            Enumerable.Range(0, (perDistrict + 99) / 100).Select(b => (District: d, From: b * 100, To: Math.Min(perDistrict, (b + 1) * 100))));
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (batch, ct) =>
        {
            var district = $"เขต{batch.District:D2}";
            var actions = new List<TableTransactionAction>();
            for (var i = batch.From; i < batch.To; i++)
            {
                var indicator = 1 + i % 10;
                var step = Steps[i % Steps.Length];
                var status = step == "Completed" ? RuntimeStatus.Completed : i % 17 == 0 ? RuntimeStatus.Suspended : RuntimeStatus.Running;
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(district, $"{district}-2567-M{i:D5}")
                {
                    ["Definition"] = "measure",
                    ["Status"] = status.ToString(),
                    ["Step"] = step,
                    ["Title"] = $"มาตรการ {i} ตัวชี้วัด {indicator}",
                    ["District"] = district,
                    ["FiscalYear"] = 2566 + i % 2,
                    ["Indicator"] = indicator,
                    ["Divisions"] = "|" + Divisions[i % Divisions.Length] + "|",
                    ["NextDue"] = now.AddDays(i % 60 - 20),
                    ["CreatedAt"] = now.AddDays(-200 + i % 100),
                    ["UpdatedAt"] = now.AddDays(-(i % 30)),
                    ["Version"] = 3L,
                }));
            }

            await table.SubmitTransactionAsync(actions, ct);
        });
    }
}
