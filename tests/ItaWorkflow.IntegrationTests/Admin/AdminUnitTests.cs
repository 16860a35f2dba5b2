using ItaWorkflow.Hosting.AppSettings;
using System.Text;
using ItaWorkflow.Admin;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Tests.Admin;

[Collection(AzuriteCollection.Name)]
public sealed class AdminUnitTests(Azurite azurite)
{
    /// <summary>An App Service Authentication principal header with the given claims.</summary>
    internal static string Principal(params (string Type, string Value)[] claims) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            name_typ = "name",
            role_typ = "roles",
            claims = claims.Select(c => new { typ = c.Type, val = c.Value }),
        })));

    [Fact]
    public void Principal_header_with_district_admin_role_binds_the_admin_to_the_district_claim()
    {
        var user = AdminAuthenticationHandler.UserFromPrincipalHeader(
            Principal(("name", "สมชาย"), ("roles", AdminRoles.DistrictAdmin), (AdminRoles.DistrictClaim, "หนองแขม")));

        Assert.Equal(new AdminUser("สมชาย", AdminRoles.DistrictAdmin, "หนองแขม"), user);
        Assert.False(user!.CanSee("บางรัก"));
        Assert.Equal("หนองแขม", user.ScopeDistrict("บางรัก"));
    }

    [Fact]
    public void Principal_header_without_an_admin_role_or_district_signs_nobody_in()
    {
        Assert.Null(AdminAuthenticationHandler.UserFromPrincipalHeader(Principal(("name", "x"), ("roles", "someone-else"))));
        Assert.Null(AdminAuthenticationHandler.UserFromPrincipalHeader(Principal(("name", "x"), ("roles", AdminRoles.DistrictAdmin))));
    }

    [Fact]
    public void Principal_header_with_the_deployment_admin_role_is_a_central_admin()
    {
        var user = AdminAuthenticationHandler.UserFromPrincipalHeader(Principal(("name", "coordinator"), ("roles", "ITA.Admin")), "ITA.Admin");

        Assert.Equal(new AdminUser("coordinator", AdminRoles.CentralAdmin, null), user);
    }

    [Fact]
    public void Principal_header_groups_map_to_central_district_and_reader_through_admin_groups()
    {
        var groups = new Dictionary<string, string> { ["g-central"] = "central", ["g-bk"] = "district:บางเขน", ["g-read"] = "reader" };

        Assert.Equal(AdminRoles.CentralAdmin, AdminAuthenticationHandler.UserFromPrincipalHeader(Principal(("name", "a"), ("groups", "g-read"), ("groups", "g-central")), null, groups)!.Role);
        Assert.Equal(new AdminUser("b", AdminRoles.DistrictAdmin, "บางเขน"), AdminAuthenticationHandler.UserFromPrincipalHeader(Principal(("name", "b"), ("groups", "g-bk")), null, groups));
        Assert.Equal(AdminRoles.Reader, AdminAuthenticationHandler.UserFromPrincipalHeader(Principal(("name", "c"), ("groups", "g-read")), null, groups)!.Role);
        Assert.Null(AdminAuthenticationHandler.UserFromPrincipalHeader(Principal(("name", "d"), ("groups", "g-other")), null, groups));
    }

    [Fact]
    public void Keys_map_to_central_district_and_reader_roles_and_wrong_keys_to_nobody()
    {
        var options = new AdminOptions { Key = "c", ReaderKey = "r", DistrictKeys = new() { ["หนองแขม"] = "d" } };

        Assert.Equal(AdminRoles.CentralAdmin, AdminAuthenticationHandler.UserForKey(options, "c")!.Role);
        Assert.Equal("หนองแขม", AdminAuthenticationHandler.UserForKey(options, "d")!.District);
        Assert.False(AdminAuthenticationHandler.UserForKey(options, "r")!.CanAct);
        Assert.Null(AdminAuthenticationHandler.UserForKey(options, "x"));
        Assert.Null(AdminAuthenticationHandler.UserForKey(new AdminOptions(), ""));
    }

    [Fact]
    public void Html_builder_encodes_text_and_attribute_values_and_refuses_unsafe_names()
    {
        var html = new HtmlBuilder().El("a", "<script>alert(1)</script>", ("href", "\" onclick=\"x")).ToString();

        Assert.Equal("<a href=\"&quot; onclick=&quot;x\">&lt;script&gt;alert(1)&lt;/script&gt;</a>", html);
        Assert.Throws<ArgumentException>(() => new HtmlBuilder().Open("a onclick=x"));
    }

    [Fact]
    public async Task Index_filters_by_division_and_title_across_pages_without_losing_rows()
    {
        await using var engine = await WorkflowHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        for (var i = 1; i <= 25; i++)
        {
            var measure = SampleMeasures.Measure($"M{i:D2}", 1, i % 3 == 0 ? SampleMeasures.Finance : SampleMeasures.Registry);
            await engine.Client.StartAsync(MeasureWorkflow.DefinitionName, MeasureWorkflow.InstanceIdFor("ทดสอบ", 2567, measure.Id), SampleMeasures.Input(measure), "test");
        }

        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await engine.Client.ListAsync(new InstanceQuery("ทดสอบ", PageSize: 3, ContinuationToken: token, Division: SampleMeasures.Finance, TitleContains: "m1"));
            seen.AddRange(page.Items.Select(i => i.InstanceId));
            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.Equal(["ทดสอบ-2567-M12", "ทดสอบ-2567-M15", "ทดสอบ-2567-M18"], seen);
    }

    [Fact]
    public async Task Resend_requested_emails_the_current_task_again_and_records_who_and_why()
    {
        await using var engine = await WorkflowHarness.CreateAsync(azurite, SampleMeasures.FiscalYearStart);
        var measure = SampleMeasures.Measure("M01", 1, SampleMeasures.Registry, SampleMeasures.Finance);
        var id = MeasureWorkflow.InstanceIdFor("ทดสอบ", 2567, measure.Id);
        await engine.Client.StartAsync(MeasureWorkflow.DefinitionName, id, SampleMeasures.Input(measure), "test");
        await engine.Client.RaiseEventAsync(id, new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), "division"));
        await engine.DrainAsync();

        var result = await engine.Client.RaiseEventAsync(id, new EventEnvelope(new ResendRequested("ฝ่ายไม่ได้รับอีเมล"), "admin:somchai"));
        await engine.DrainAsync();

        Assert.Equal(RaiseOutcome.Applied, result.Outcome);
        var resent = Assert.Single(engine.Emails.Sent, s => s.Email.Data.ContainsKey("resent"));
        Assert.Equal("assignment", resent.Email.Template);
        Assert.Equal([SampleMeasures.Finance], resent.Email.Divisions);
        var history = (await engine.Client.GetStatusAsync(id, true))!.History;
        Assert.Contains(history, e => e.Type == nameof(ResendRequested) && e.Actor == "admin:somchai");
    }
}
