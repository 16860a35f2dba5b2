using Azure.Data.Tables;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Tests.Workflow.Engine;

[Collection(AzuriteCollection.Name)]
public sealed class InstanceIndexTests(Azurite azurite)
{
    private const string Finance = "ฝ่ายการคลัง";
    private const string Registry = "ฝ่ายทะเบียน";
    private const string Works = "ฝ่ายโยธา";
    private static readonly DateTimeOffset Now = new(2024, 3, 15, 9, 0, 0, TimeSpan.FromHours(7));

    // Twelve districts plus instances without a district; districts 02–09 hold only completed rows of another
    // division without the special title, so most filters meet a run of eight or more districts without a match.
    private static readonly string[] Districts = ["", .. Enumerable.Range(0, 12).Select(d => $"เขต{d:D2}")];

    public static TheoryData<string> FilterKinds =>
        [
            "none", "step", "status", "overdue", "fiscal year", "indicator", "created range", "division", "title", "division and title",
            "title and step", "title and overdue",
        ];

    [Theory]
    [MemberData(nameof(FilterKinds))]
    public async Task All_district_pages_hand_out_every_matching_row_exactly_once_in_order(string filter)
    {
        var (index, seeded) = await SeedAsync();
        var query = Query(filter);
        var expected = Expected(seeded, query);
        Assert.NotEmpty(expected);

        foreach (var pageSize in new[] { 1, 2, 5, 50 })
        {
            Assert.Equal(expected, await PageThroughAsync(index, query with { PageSize = pageSize }));
        }
    }

    [Theory]
    [MemberData(nameof(FilterKinds))]
    public async Task District_pages_hand_out_the_district_s_matching_rows_exactly_once(string filter)
    {
        var (index, seeded) = await SeedAsync();
        var query = Query(filter) with { District = "เขต11" };

        Assert.Equal(Expected(seeded, query), await PageThroughAsync(index, query with { PageSize = 2 }));
    }

    [Fact]
    public async Task Token_from_another_district_restarts_a_district_scoped_list_instead_of_widening_it()
    {
        var (index, _) = await SeedAsync();
        var allDistricts = await index.ListAsync(new InstanceQuery(PageSize: 3), CancellationToken.None);
        Assert.All(allDistricts.Items, i => Assert.Equal("", i.District));

        var scoped = await index.ListAsync(new InstanceQuery("เขต05", PageSize: 3, ContinuationToken: allDistricts.ContinuationToken), CancellationToken.None);

        Assert.Equal(["เขต05-2567-M00", "เขต05-2567-M01", "เขต05-2567-M02"], scoped.Items.Select(i => i.InstanceId));
    }

    [Theory]
    [InlineData("not a token")]
    [InlineData("!!!")]
    [InlineData("WzFd")]
    [InlineData("WyIhZGlzdHJpY3RzIixudWxsXQ")] // ["!districts",null]: the district marker partition
    public async Task Malformed_or_forged_tokens_start_from_the_first_page(string token)
    {
        var (index, seeded) = await SeedAsync();

        var page = await index.ListAsync(new InstanceQuery(PageSize: 4, ContinuationToken: token), CancellationToken.None);

        Assert.Equal(Expected(seeded, new InstanceQuery()).Take(4), page.Items.Select(i => i.InstanceId));
    }

    [Fact]
    public async Task Rows_indexed_before_district_markers_existed_are_found_and_listed()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var table = storage.Table(StorageNames.InstanceIndex);
        foreach (var district in new[] { "บางเขน", "หนองแขม", "ปทุมวัน" })
        {
            await table.AddEntityAsync(new TableEntity(district, district + "-1") { ["Status"] = nameof(RuntimeStatus.Running), ["District"] = district });
        }

        var index = new InstanceIndex(storage, new TitleCatalog(storage, TimeProvider.System));
        var first = await index.ListAsync(new InstanceQuery(PageSize: 10), CancellationToken.None);
        var again = await new InstanceIndex(storage, new TitleCatalog(storage, TimeProvider.System)).ListAsync(new InstanceQuery(PageSize: 10), CancellationToken.None);

        string[] expected = ["บางเขน-1", "ปทุมวัน-1", "หนองแขม-1"];
        Assert.Equal(expected, first.Items.Select(i => i.InstanceId));
        Assert.Equal(expected, again.Items.Select(i => i.InstanceId));
        Assert.Null(again.ContinuationToken);
    }

    [Fact]
    public async Task All_instances_of_every_district_are_enumerated_while_rows_are_removed()
    {
        var (index, seeded) = await SeedAsync();
        var seen = new List<string>();

        await foreach (var item in index.AllAsync(new InstanceQuery(), CancellationToken.None))
        {
            seen.Add(item.InstanceId);
            await index.RemoveAsync(item.District, item.InstanceId, CancellationToken.None);
        }

        Assert.Equal(Expected(seeded, new InstanceQuery()), seen);
        Assert.Empty((await index.ListAsync(new InstanceQuery(), CancellationToken.None)).Items);
    }

    private static async Task<List<string>> PageThroughAsync(InstanceIndex index, InstanceQuery query)
    {
        var seen = new List<string>();
        string? token = null;
        var calls = 0;
        do
        {
            var page = await index.ListAsync(query with { ContinuationToken = token }, CancellationToken.None);
            Assert.True(page.Items.Count <= query.PageSize);
            seen.AddRange(page.Items.Select(i => i.InstanceId));
            token = page.ContinuationToken;
            Assert.True(++calls < 500, "the list never ended");
        }
        while (token is not null);

        return seen;
    }

    private static InstanceQuery Query(string filter) => filter switch
    {
        "none" => new InstanceQuery(),
        "step" => new InstanceQuery(Step: "AwaitingReview"),
        "status" => new InstanceQuery(Status: RuntimeStatus.Suspended),
        "overdue" => new InstanceQuery(Status: RuntimeStatus.Running, DueBefore: Now),
        "fiscal year" => new InstanceQuery(FiscalYear: 2566),
        "indicator" => new InstanceQuery(Indicator: 2),
        "created range" => new InstanceQuery(CreatedFrom: Now.AddDays(-4), CreatedTo: Now.AddDays(-1)),
        "division" => new InstanceQuery(Division: Finance),
        "title" => new InstanceQuery(TitleContains: "พิเศษ"),
        "title and step" => new InstanceQuery(Step: "AwaitingReview", TitleContains: "พิเศษ"),
        "title and overdue" => new InstanceQuery(Status: RuntimeStatus.Running, DueBefore: Now, TitleContains: " พิเศษ "),
        _ => new InstanceQuery(Division: Registry, TitleContains: "พิเศษ"),
    };

    /// <summary>What a list must hand out: matching rows in district partition order, then instance id order.</summary>
    private static List<string> Expected(IReadOnlyList<InstanceRecord> seeded, InstanceQuery query) =>
    [
        .. seeded
            .Where(r => query.District is null || r.Summary.District == query.District)
            .Where(r => query.FiscalYear is null || r.Summary.FiscalYear == query.FiscalYear)
            .Where(r => query.Status is null || r.Status == query.Status)
            .Where(r => query.Step is null || r.Step == query.Step)
            .Where(r => query.Indicator is null || r.Summary.Indicator == query.Indicator)
            .Where(r => query.DueBefore is null || r.Summary.NextDue < query.DueBefore)
            .Where(r => query.CreatedFrom is null || r.CreatedAt >= query.CreatedFrom)
            .Where(r => query.CreatedTo is null || r.CreatedAt < query.CreatedTo)
            .Where(r => query.Matches(new InstanceListItem(
                r.InstanceId, r.Definition, r.Status, r.Step, r.Summary.Title, r.Summary.District, r.Summary.FiscalYear,
                r.Summary.Indicator, r.Summary.Divisions, r.Summary.NextDue, r.CreatedAt, r.UpdatedAt, r.Version)))
            .OrderBy(r => InstanceIndex.PartitionOf(r.Summary.District), StringComparer.Ordinal)
            .ThenBy(r => r.InstanceId, StringComparer.Ordinal)
            .Select(r => r.InstanceId),
    ];

    [Fact]
    public async Task Title_search_sees_an_instance_another_process_indexed_once_its_copy_of_titles_is_due_for_a_reload()
    {
        var time = new FakeTimeProvider(Now);
        var (index, _, storage) = await SeedAsync(time);
        var otherProcess = new InstanceIndex(storage, new TitleCatalog(storage, time));
        var query = new InstanceQuery(TitleContains: "โครงการใหม่");
        Assert.Empty(await PageThroughAsync(index, query));

        await otherProcess.UpsertAsync(Record("เขต03", 2, 7) with { InstanceId = "เขต03-2567-M99", Summary = Record("เขต03", 2, 7).Summary with { Title = "โครงการใหม่" } }, CancellationToken.None);
        var beforeReload = await PageThroughAsync(index, query);
        time.Advance(TitleCatalog.RefreshAfter);
        var afterReload = await PageThroughAsync(index, query);

        Assert.Empty(beforeReload);
        Assert.Equal(["เขต03-2567-M99"], afterReload);
    }

    [Fact]
    public async Task Title_search_sees_this_process_s_new_instances_at_once_and_skips_rows_another_process_removed()
    {
        var (index, seeded, storage) = await SeedAsync(new FakeTimeProvider(Now));
        var otherProcess = new InstanceIndex(storage, new TitleCatalog(storage, TimeProvider.System));
        var query = new InstanceQuery(TitleContains: "พิเศษ");
        var before = await PageThroughAsync(index, query);
        var removed = before[0];

        await otherProcess.RemoveAsync(seeded.Single(r => r.InstanceId == removed).Summary.District, removed, CancellationToken.None);
        var added = Record("เขต05", 4, 1);
        await index.UpsertAsync(added with { Summary = added.Summary with { Title = "มาตรการ พิเศษ เพิ่ม" } }, CancellationToken.None);
        var after = await PageThroughAsync(index, query);

        Assert.Equal(before.Skip(1).Append(added.InstanceId).Order(StringComparer.Ordinal), after);
    }

    private async Task<(InstanceIndex Index, IReadOnlyList<InstanceRecord> Seeded)> SeedAsync()
    {
        var (index, seeded, _) = await SeedAsync(TimeProvider.System);
        return (index, seeded);
    }

    private async Task<(InstanceIndex Index, IReadOnlyList<InstanceRecord> Seeded, StorageClients Storage)> SeedAsync(TimeProvider time)
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var index = new InstanceIndex(storage, new TitleCatalog(storage, time));
        var records = Districts.SelectMany((district, d) => Enumerable.Range(0, 6).Select(i => Record(district, d - 1, i))).ToList();
        await Task.WhenAll(records.Select(r => index.UpsertAsync(r, CancellationToken.None)));
        return (index, records, storage);
    }

    private static InstanceRecord Record(string district, int d, int i)
    {
        var quiet = d is >= 2 and <= 9;
        var status = quiet || i % 3 == 0 ? RuntimeStatus.Completed : i == 4 ? RuntimeStatus.Suspended : RuntimeStatus.Running;
        var step = quiet || i % 3 == 0 ? "Completed" : i % 3 == 1 ? "AwaitingProgress" : "AwaitingReview";
        var title = $"มาตรการ {i}" + (d is 0 or 11 && i % 2 == 1 ? " พิเศษ" : "");
        var division = quiet ? Works : i % 2 == 0 ? Finance : Registry;
        var summary = new InstanceSummary(title, district, 2566 + i % 2, 1 + i % 4, [division], Now.AddDays(i - 3));
        return new InstanceRecord(
            $"{InstanceIndex.PartitionOf(district)}-2567-M{i:D2}", "measure", 1, status, step, null, Now.AddDays(-i), Now, null, 1, 0, "{}",
            summary, new Dictionary<string, AppliedEvent>(), [], null, null);
    }
}
