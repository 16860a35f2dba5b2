using System.Net;
using ItaWorkflow.Hosting;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Hosting;

[Trait("Category", "Fault")]
public sealed class StorageOutageTests
{
    [Fact]
    public async Task While_storage_is_down_users_get_a_thai_503_with_retry_after_and_work_resumes_when_it_is_back()
    {
        var folder = Directory.CreateTempSubdirectory("ita-outage-").FullName;
        var azurite = await AzuriteProcess.StartAsync(folder);
        var ports = (azurite.BlobPort, azurite.QueuePort, azurite.TablePort);
        var port = AzuriteProcess.FreePort();
        await using var app = WebApp.Build(
        [
            "--environment=Development", $"--urls=http://127.0.0.1:{port}",
            "--Storage:ConnectionString=" + azurite.ConnectionString, "--Storage:Prefix=outage",
            "--Engine:TickInterval=00:00:01", "--Engine:RecoveryGrace=00:00:02",
            // A message received just before the outage fails and is delivered again once this lease runs out.
            "--Engine:DispatchLease=00:00:05",
        ]);
        await app.Services.GetRequiredService<StorageClients>().EnsureCreatedAsync();
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var client = app.Services.GetRequiredService<WorkflowClient>();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz/ready")).StatusCode);
        await client.StartAsync(MeasureWorkflow.DefinitionName, "outage-M01", SampleMeasures.Input(SampleMeasures.Measure()), "test");

        await azurite.StopAsync();
        using var down = await http.GetAsync("/healthz/ready");
        var raise = () => client.RaiseEventAsync("outage-M01", new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), "clerk"));
        var failure = await Record.ExceptionAsync(raise);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(StorageOutageMiddleware.RetryAfterSeconds), down.Headers.RetryAfter!.Delta);
        Assert.Contains("กรุณาลองใหม่อีกครั้ง", await down.Content.ReadAsStringAsync());
        Assert.True(StorageOutageMiddleware.IsOutage(failure!));

        await using var restarted = await AzuriteProcess.StartAsync(folder, ports);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz/ready")).StatusCode);
        var status = await client.GetStatusAsync("outage-M01", includeHistory: true);
        Assert.Equal(MeasureSteps.Assigned, status!.Instance.Step);
        Assert.Equal(status.History.Count, status.Instance.HistoryCount);
        Assert.Equal(RaiseOutcome.Applied, (await raise()).Outcome);
        // The local pump recovers by itself: the outbox rows of both commits end up dispatched or scheduled for retry.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        IReadOnlyList<OutboxEntry> outbox;
        do
        {
            outbox = (await client.GetStatusAsync("outage-M01", true))!.Outbox;
        }
        while (outbox.Any(o => o.Command is ScheduleTimer && o.Status != OutboxStatus.Done) && DateTime.UtcNow < deadline && await Delay());

        Assert.All(outbox.Where(o => o.Command is ScheduleTimer), o => Assert.Equal(OutboxStatus.Done, o.Status));
        await app.StopAsync();
        await azurite.DisposeAsync();
        await restarted.StopAsync();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(200);
        return true;
    }

}
