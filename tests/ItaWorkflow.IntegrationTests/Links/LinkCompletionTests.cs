using System.Net;
using ItaWorkflow.Links;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Measures;
using static ItaWorkflow.Tests.Notifications.NotifyTestSetup;

namespace ItaWorkflow.Tests.Links;

[Collection(AzuriteCollection.Name)]
public sealed class LinkCompletionTests(Azurite azurite)
{
    [Fact]
    public async Task Completing_a_measure_reported_below_100_percent_without_the_confirmation_is_refused_in_Thai()
    {
        await using var app = await LinkTestApp.StartAsync(azurite, SampleMeasures.FiscalYearStart);
        var id = await app.StartMeasureAsync(SampleMeasures.Measure());
        await app.PostAsync(app.LinkOf(RegistryMail, "มอบหมายมาตรการ"), new Dictionary<string, string> { ["action"] = "acknowledge" });
        await app.Harness.DrainAsync();
        await app.PostAsync(app.LinkOf(RegistryMail, "ขอรายงานผล"), new Dictionary<string, string>
        {
            ["action"] = "progress", ["status"] = "InProgress", ["percent"] = "40", ["result"] = "ดำเนินการแล้วบางส่วน", ["problems"] = "", ["urls"] = "",
        });
        await app.Harness.DrainAsync();
        var review = app.LinkOf(Director, "ได้รับรายงานผล");

        var (refused, page) = await app.PostAsync(review, new Dictionary<string, string> { ["action"] = "complete", ["comment"] = "เสร็จแล้ว" });
        var afterRefusal = await app.Harness.Client.GetStatusAsync(id, includeHistory: false);
        var (completed, _) = await app.PostAsync(
            review, new Dictionary<string, string> { ["action"] = "complete", ["comment"] = "เสร็จแล้ว", [LinkPages.ConfirmCompleteField] = LinkPages.ConfirmCompleteValue });
        await app.Harness.DrainAsync();
        var afterConfirmation = await app.Harness.Client.GetStatusAsync(id, includeHistory: false);

        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("ยืนยันว่าแล้วเสร็จแม้ความคืบหน้าต่ำกว่า ๑๐๐%", page.QuerySelector(".error")!.TextContent);
        Assert.Equal("เสร็จแล้ว", page.QuerySelector("textarea[name=comment]")!.TextContent);
        Assert.Equal(MeasureSteps.AwaitingReview, afterRefusal!.Instance.Step);
        Assert.Equal(HttpStatusCode.OK, completed);
        Assert.NotEqual(MeasureSteps.AwaitingReview, afterConfirmation!.Instance.Step);
    }
}
