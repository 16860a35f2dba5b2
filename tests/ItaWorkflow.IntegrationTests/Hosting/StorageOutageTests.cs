using ItaWorkflow.Directories;
using ItaWorkflow.Tests.Notifications;
using Microsoft.Extensions.Time.Testing;
using System.Net;
using ItaWorkflow.Hosting;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Hosting;

[Trait("Category", "Fault")]
public sealed class StorageOutageTests
{
    /// <summary>The outage the issue names: long enough for the hub's pollers and the pages to see it.</summary>
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task While_storage_is_down_users_get_a_thai_503_with_retry_after_and_work_resumes_when_it_is_back()
    {
        await using var azurite = await AzuriteProcess.StartInMemoryAsync();
        await using var network = new OutageProxy(azurite);
        var port = AzuriteProcess.FreePort();
        await using var app = WebApp.Build(
        [
            "--environment=Development", $"--urls=http://127.0.0.1:{port}",
            "--Storage:ConnectionString=" + network.ConnectionString, "--Storage:Prefix=outage",
            "--Durable:VirtualClock=true", "--Durable:PartitionCount=1", "--Durable:MaxQueuePollingInterval=00:00:00.500",
            "--Durable:FirstRetryInterval=00:00:01", "--Email:SendingLease=00:00:02",
        ],
        // The sample case belongs to fiscal year 2567: on today's clock it would start past its year end.
        builder => builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(SampleMeasures.FiscalYearStart.AddDays(3))));
        await app.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync();
        await app.StartAsync();
        await app.Services.GetRequiredService<IDirectoryStore>().SaveAsync(NotifyTestSetup.District, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var client = app.Services.GetRequiredService<WorkflowClient>();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz/ready")).StatusCode);
        Assert.Equal(StartOutcome.Started, await client.StartAsync(MeasureWorkflow.DefinitionName, "outage-M01", SampleMeasures.Input(SampleMeasures.Measure()), "test"));

        network.Cut();
        using var down = await http.GetAsync("/healthz/ready");
        var raise = () => client.RaiseEventAsync("outage-M01", new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), "clerk", "ack"));
        var failure = await Record.ExceptionAsync(raise);
        await Task.Delay(Outage);
        using var stillDown = await http.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stillDown.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(StorageOutageMiddleware.RetryAfterSeconds), down.Headers.RetryAfter!.Delta);
        Assert.Contains("กรุณาลองใหม่อีกครั้ง", await down.Content.ReadAsStringAsync());
        Assert.NotNull(failure);
        Assert.True(StorageOutageMiddleware.IsOutage(failure), failure.ToString());

        network.Restore();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz/ready")).StatusCode);
        // The hub's pollers come back by themselves; the acknowledgement is then applied once, whatever the first answer.
        var answer = await raise();
        Assert.True(answer.Succeeded, $"{answer.Outcome}: {answer.Reason}");
        var patience = WorkflowHarness.Patience;
        InstanceStatus? after;
        do
        {
            await Task.Delay(200, patience);
            after = await client.GetStatusAsync("outage-M01", includeHistory: true, patience);
        }
        while (after?.Instance.Applied.ContainsKey("ack") is not true);

        Assert.NotEqual(MeasureSteps.Assigned, after.Instance.Step);
        Assert.Equal(after.History.Count, after.Instance.HistoryCount);
        Assert.Single(after.History, e => e.Type == nameof(DivisionAcknowledged));
        Assert.Empty(after.Parked);
        await app.StopAsync();
    }
}
