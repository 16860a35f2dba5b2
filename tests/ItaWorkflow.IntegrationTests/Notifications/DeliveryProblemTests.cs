using ItaWorkflow.Notifications;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using static ItaWorkflow.Tests.Notifications.NotifyTestSetup;

namespace ItaWorkflow.Tests.Notifications;

[Collection(AzuriteCollection.Name)]
public sealed class DeliveryProblemTests(Azurite azurite)
{
    [Fact]
    public async Task A_refused_address_stays_a_delivery_problem_of_its_case_until_a_later_email_to_it_is_delivered()
    {
        await using var harness = await NotifyTestSetup.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        harness.Get<MemoryEmailSender>().BadAddresses.Add(FinanceMail);

        var id = await StartAsync(harness, SampleMeasures.Registry, SampleMeasures.Finance);

        var problem = Assert.Single(await harness.Get<DeliveryProblemLog>().ListAsync(District.District, CancellationToken.None));
        Assert.Equal((District.District, id, FinanceMail, "assignment"), (problem.District, problem.InstanceId, problem.Recipient, problem.Template));
        Assert.Contains("400", problem.Error);
        Assert.Empty(await harness.Get<DeliveryProblemLog>().ListAsync("บางรัก", CancellationToken.None));

        harness.Get<MemoryEmailSender>().BadAddresses.Clear();
        await harness.Client.RaiseEventAsync(id, new EventEnvelope(new ResendRequested("แก้อีเมลแล้ว"), "admin:test"));
        await harness.DrainAsync();

        Assert.Contains(harness.Get<MemoryEmailSender>().Sent, s => s.Message.To == FinanceMail);
        Assert.Empty(await harness.Get<DeliveryProblemLog>().ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task A_division_missing_from_the_directory_is_a_delivery_problem_though_the_others_get_their_mail()
    {
        await using var harness = await NotifyTestSetup.CreateAsync(azurite, SampleMeasures.FiscalYearStart);

        var id = await StartAsync(harness, SampleMeasures.Registry, "ฝ่ายที่ไม่มีในทะเบียน");

        Assert.Single(harness.Get<MemoryEmailSender>().Sent, s => s.Message.To == RegistryMail);
        var problem = Assert.Single(await harness.Get<DeliveryProblemLog>().ListAsync(District.District, CancellationToken.None));
        Assert.Equal(id, problem.InstanceId);
        Assert.Contains("ฝ่ายที่ไม่มีในทะเบียน", problem.Recipient);
    }

    private static async Task<string> StartAsync(WorkflowHarness harness, params string[] divisions)
    {
        var input = SampleMeasures.Input(SampleMeasures.Measure("M01", 1, divisions));
        var id = MeasureWorkflow.InstanceIdFor(input.District, input.FiscalYear, "M01");
        await harness.Client.StartAsync(MeasureWorkflow.DefinitionName, id, input, "test");
        await harness.DrainAsync();
        return id;
    }
}
