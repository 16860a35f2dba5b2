using Azure.Core.Pipeline;
using Azure.Data.Tables;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Storage;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ItaWorkflow.Tests.Workflow;

[Collection(AzuriteCollection.Name)]
public sealed class EngineShutdownTests(Azurite azurite)
{
    [Fact]
    public async Task A_graceful_stop_waits_until_answered_work_is_on_the_queue_and_its_marker_removed()
    {
        var sends = new QueueSendGate();
        await using var harness = await EngineHarness.CreateAsync(
            azurite, SampleMeasures.FiscalYearStart, services => services.AddSingleton<HttpPipelinePolicy>(sends));
        var id = await AcknowledgeWhileSendsAreHeldAsync(harness, sends);

        var stopped = Shutdown(harness).StoppedAsync(CancellationToken.None);
        Assert.False(stopped.IsCompleted);
        sends.Open();
        await stopped.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.DoesNotContain(await MarkersAsync(harness), m => m.RowKey.StartsWith(id + "|", StringComparison.Ordinal));
        var queued = (await harness.Get<WorkQueue>().Client.PeekMessagesAsync(32)).Value.Select(m => WorkQueue.Parse(m.Body.ToString()));
        Assert.Contains(queued, m => m.Deliveries is { } d && d.Any(x => x.InstanceId == id));
    }

    [Fact]
    public async Task A_stop_cut_off_by_the_shutdown_timeout_leaves_the_marker_for_the_sweep()
    {
        var sends = new QueueSendGate();
        await using var harness = await EngineHarness.CreateAsync(
            azurite, SampleMeasures.FiscalYearStart, services => services.AddSingleton<HttpPipelinePolicy>(sends));
        var id = await AcknowledgeWhileSendsAreHeldAsync(harness, sends);

        using var timeout = new CancellationTokenSource();
        var stopped = Shutdown(harness).StoppedAsync(timeout.Token);
        await timeout.CancelAsync();
        await stopped.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Single(await MarkersAsync(harness), m => m.RowKey.StartsWith(id + "|", StringComparison.Ordinal));
        sends.Open();
    }

    private static EngineShutdown Shutdown(EngineHarness harness) =>
        Assert.Single(harness.Get<IEnumerable<IHostedService>>().OfType<EngineShutdown>());

    private static async Task<List<TableEntity>> MarkersAsync(EngineHarness harness) =>
        await harness.Storage.Table(StorageNames.Recovery).QueryAsync<TableEntity>().ToListAsync();

    private static async Task<string> AcknowledgeWhileSendsAreHeldAsync(EngineHarness harness, QueueSendGate sends)
    {
        var id = await harness.StartMeasureAsync();
        await harness.Get<RecoveryMarkers>().FlushAsync();

        sends.Close();
        var acknowledged = await harness.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), "clerk"))
            .WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(RaiseOutcome.Applied, acknowledged.Outcome);
        return id;
    }
}
