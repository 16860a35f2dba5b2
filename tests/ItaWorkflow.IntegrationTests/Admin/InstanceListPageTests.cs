using System.Net;
using ItaWorkflow.Workflow;
using ItaWorkflow.Admin;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Admin;

/// <summary>The instance list, fetched over HTTP from the real app.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class InstanceListPageTests(Azurite azurite)
{
    [Fact]
    public async Task District_admin_list_shows_plain_Thai_steps_Buddhist_Era_dates_and_the_total()
    {
        await using var app = await StartWithMeasuresAsync();

        var page = await InstanceDetailPageTests.GetPageAsync(app, "/manage/instances", InstanceDetailPageTests.DistrictAdmin);

        AdminPageText.AssertReadableByDistrictStaff(page.Body!.TextContent);
        Assert.Equal("ทั้งหมด 3 รายการ", page.GetElementById("total")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("#instances tbody tr").Length);
        Assert.All(page.QuerySelectorAll("#instances tbody tr td:nth-child(7)"), td => Assert.Contains(" น.", td.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Division_filter_matches_part_of_a_division_name()
    {
        await using var app = await StartWithMeasuresAsync();

        var page = await InstanceDetailPageTests.GetPageAsync(app, "/manage/instances?division=" + Uri.EscapeDataString("คลัง"), InstanceDetailPageTests.DistrictAdmin);

        var rows = page.QuerySelectorAll("#instances tbody tr");
        Assert.Equal(SampleMeasures.Finance, Assert.Single(rows).QuerySelector("td:nth-child(3)")!.TextContent);
        Assert.Equal("ทั้งหมด 1 รายการ", page.GetElementById("total")!.TextContent);
    }

    [Fact]
    public async Task English_switch_shows_no_Thai_labels_on_the_list()
    {
        await using var app = await StartWithMeasuresAsync();

        var page = await InstanceDetailPageTests.GetPageAsync(app, "/manage/instances?lang=en", InstanceDetailPageTests.DistrictAdmin);

        var labels = page.QuerySelectorAll("#instances thead, #instances caption, #total, form.filters label, form.filters select:not(#indicator) option, #instances tbody td:nth-child(4), #instances tbody td:nth-child(5), h1, h2");
        Assert.NotEmpty(labels);
        Assert.All(labels, l => Assert.False(AdminPageText.HasThai(l.TextContent), l.TextContent));
        Assert.Equal("3 cases in all", page.GetElementById("total")!.TextContent);
    }

    [Fact]
    public async Task Run_on_all_shows_how_many_cases_it_will_touch()
    {
        await using var app = await StartWithMeasuresAsync();

        var page = await InstanceDetailPageTests.GetPageAsync(app, "/manage/instances?district=" + Uri.EscapeDataString("บางเขน"));

        Assert.Contains("ทั้งหมด 3 รายการ", page.GetElementById("batch-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_on_all_with_empty_filters_across_districts_is_refused()
    {
        await using var app = await StartWithMeasuresAsync();
        var list = await InstanceDetailPageTests.GetPageAsync(app, "/manage/instances");
        Assert.NotNull(list.GetElementById("batch-needs-filter"));
        Assert.Null(list.GetElementById("batch-submit"));

        using var response = await PostAsCentralAsync(app, "/manage/instances/batch", [new("batch-action", "suspend"), new("reason", "ทดสอบ"), new("confirm", "yes")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await app.Services.GetRequiredService<WorkflowClient>().ListAsync(new InstanceQuery(PageSize: 100));
        Assert.Equal(3, page.Items.Count);
        Assert.All(page.Items, i => Assert.Equal(RuntimeStatus.Running, i.Status));
    }

    private async Task<WebApplication> StartWithMeasuresAsync()
    {
        var app = await InstanceDetailPageTests.StartAppAsync(azurite);
        await InstanceDetailPageTests.StartMeasureAsync(app, SampleMeasures.Measure("M01", 1, SampleMeasures.Registry));
        await InstanceDetailPageTests.StartMeasureAsync(app, SampleMeasures.Measure("M02", 1, SampleMeasures.Finance));
        await InstanceDetailPageTests.StartMeasureAsync(app, SampleMeasures.Measure("M03", 1, SampleMeasures.Registry));
        return app;
    }

    /// <summary>Posts a form as a central admin, with the antiforgery token and cookie of a page the admin just loaded.</summary>
    private static async Task<HttpResponseMessage> PostAsCentralAsync(WebApplication app, string path, KeyValuePair<string, string>[] fields)
    {
        var http = app.GetTestClient();
        using var get = new HttpRequestMessage(HttpMethod.Get, "/manage/instances");
        get.Headers.Add(AdminRoles.PrincipalHeader, InstanceDetailPageTests.Central);
        using var form = await http.SendAsync(get);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync());
        var token = document.QuerySelector("input[name=__af]")!.GetAttribute("value")!;
        var cookie = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(v => v.Split(';')[0]));

        var post = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent([new("__af", token), .. fields]) };
        post.Headers.Add(AdminRoles.PrincipalHeader, InstanceDetailPageTests.Central);
        post.Headers.Add("Cookie", cookie);
        return await http.SendAsync(post);
    }
}
