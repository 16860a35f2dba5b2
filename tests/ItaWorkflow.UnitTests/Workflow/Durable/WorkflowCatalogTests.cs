using ItaWorkflow.Workflow.Durable;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Tests.Workflow.Durable;

public sealed class WorkflowCatalogTests
{
    private static readonly WorkflowCatalog Catalog = new([new MeasureWorkflow(), new ReminderWordingMeasureWorkflow(), new PlanWorkflow()]);

    [Fact]
    public void Latest_is_the_highest_registered_version_and_older_versions_stay_available()
    {
        Assert.Equal(2, Catalog.Latest(MeasureWorkflow.DefinitionName).Version);
        Assert.IsType<MeasureWorkflow>(Catalog.Get(MeasureWorkflow.DefinitionName, 1));
        Assert.IsType<ReminderWordingMeasureWorkflow>(Catalog.Get(MeasureWorkflow.DefinitionName, 2));
    }

    [Fact]
    public void A_version_no_longer_registered_continues_on_the_latest()
    {
        Assert.IsType<ReminderWordingMeasureWorkflow>(Catalog.Get(MeasureWorkflow.DefinitionName, 9));
    }

    [Fact]
    public void Unknown_definitions_and_event_types_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Catalog.Latest("budget"));
        Assert.Throws<ArgumentException>(() => Catalog.ReadEvent("BudgetApproved", "{}"));
        Assert.IsType<TimerFired>(Catalog.ReadEvent(nameof(TimerFired), """{"timerId":"t1","purpose":"reminder","dueAt":"2023-10-05T09:00:00+07:00"}"""));
    }
}
