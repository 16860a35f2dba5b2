using ItaWorkflow.Domain;
using ItaWorkflow.Import;
using ItaWorkflow.Tests.Infrastructure;

namespace ItaWorkflow.Tests.Import;

[Collection(AzuriteCollection.Name)]
public sealed class TablePlanStoreTests(Azurite azurite)
{
    [Fact]
    public async Task Large_plan_is_chunked_and_read_back_unchanged()
    {
        var store = new TablePlanStore(await TestStorage.CreateAsync(azurite));
        var plan = Seeds.Import(Seeds.BangKhen).Draft!;
        Assert.True(System.Text.Json.JsonSerializer.Serialize(plan, PlanJson.Options).Length > TablePlanStore.ChunkSize);

        await store.SaveDraftAsync(plan);
        var read = await store.GetDraftAsync(plan.District, plan.FiscalYear);

        Assert.Equal(MeasureComparison.Canonical(plan.Measures), MeasureComparison.Canonical(read!.Measures));
        Assert.Equal(plan.Measures.Select(m => m.SourceRef), read.Measures.Select(m => m.SourceRef));
    }

    [Fact]
    public async Task Confirming_replaces_the_pending_import()
    {
        var store = new TablePlanStore(await TestStorage.CreateAsync(azurite));
        var plan = Seeds.Import(Seeds.PathumWan).Draft!;

        await store.SavePendingAsync(plan);
        Assert.Null(await store.GetDraftAsync(plan.District, plan.FiscalYear));
        Assert.NotNull(await store.GetPendingAsync(plan.District, plan.FiscalYear));

        await store.SaveDraftAsync(plan);

        Assert.Null(await store.GetPendingAsync(plan.District, plan.FiscalYear));
        Assert.Equal(plan.Measures.Count, (await store.GetDraftAsync(plan.District, plan.FiscalYear))!.Measures.Count);
    }
}
