using ItaWorkflow.Domain;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;

namespace ItaWorkflow.Tests.Admin;

/// <summary>The dashboard, fetched over HTTP from the real app.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DashboardPageTests(Azurite azurite)
{
    [Fact]
    public async Task Measures_with_imported_results_are_counted_as_reported_on_the_dashboard()
    {
        await using var app = await InstanceDetailPageTests.StartAppAsync(azurite);
        var reported = new ReportedProgress("จัดอบรมแล้ว", "", ["https://example.go.th/a.pdf"], Imported: true);
        await InstanceDetailPageTests.StartMeasureAsync(app, SampleMeasures.Measure("M01", 1, SampleMeasures.Registry) with { ReportedProgress = reported });
        await InstanceDetailPageTests.StartMeasureAsync(app, SampleMeasures.Measure("M02", 1, SampleMeasures.Registry));
        await InstanceDetailPageTests.StartMeasureAsync(app, SampleMeasures.Measure("M03", 1, SampleMeasures.Registry) with { ReportedProgress = reported with { Imported = false } });

        var page = await InstanceDetailPageTests.GetPageAsync(app, "/manage/dashboard?district=" + Uri.EscapeDataString("บางเขน"));

        Assert.Equal("มีผลนำเข้า 1 มาตรการ (imported results: 1 measures)", page.GetElementById("dashboard-imported")?.TextContent);
    }
}
