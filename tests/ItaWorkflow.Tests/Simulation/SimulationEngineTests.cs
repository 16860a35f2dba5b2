using ItaWorkflow.Simulation;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Tests.Simulation;

[Collection(AzuriteCollection.Name)]
public sealed class SimulationEngineTests(Azurite azurite)
{
    [Fact]
    public async Task A_claim_left_by_a_killed_run_is_taken_over_by_the_redelivery_without_adding_a_clock_stop()
    {
        var emails = new EmailLedger();
        await using var engine = await SimulatedPlan.StartAsync(azurite, emails);
        await engine.Office.ActAsync(["bench"]);
        var messages = await engine.Get<WorkQueue>().ReceiveAsync(32, TimeSpan.FromSeconds(30), CancellationToken.None);
        var message = messages.First(m => WorkQueue.Parse(m.Body.ToString()).Deliveries?.Any(d => d.Command is SendEmail) == true);
        var email = WorkQueue.Parse(message.Body.ToString()).Deliveries!.First(d => d.Command is SendEmail);
        var nextStop = await engine.Get<TimerStore>().NextDueAsync(CancellationToken.None);

        // The killed run had claimed the email row, as the dispatcher does, and died before sending it.
        var store = engine.Get<InstanceStore>();
        var lease = engine.Get<IOptions<EngineOptions>>().Value.DispatchLease;
        var row = (await store.ReadOutboxAsync(email.InstanceId, email.RowKey, CancellationToken.None))!.Value;
        Assert.Single(await store.ClaimOutboxAsync([row], engine.Time.GetUtcNow() + lease, CancellationToken.None));
        await engine.Get<OutboxDispatcher>().ProcessAsync(message.Body.ToString(), 2, CancellationToken.None);

        Assert.Single(emails.Executions, e => e.OutboxId == OutboxId.Of(email.InstanceId, email.RowKey));
        Assert.Equal(nextStop, await engine.Get<TimerStore>().NextDueAsync(CancellationToken.None));
    }
}
