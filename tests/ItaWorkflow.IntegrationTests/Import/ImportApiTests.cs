using System.Net;
using System.Net.Http.Json;
using ItaWorkflow.Domain;
using ItaWorkflow.Import;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Import;

public sealed class ImportApiTests : IAsyncLifetime
{
    private readonly FakePlanStore store = new();
    private WebApplication? app;
    private HttpClient? client;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<IPlanStore>(store);
        app = builder.Build();
        app.MapImportApi();
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(bytes), "file", name);
        return form;
    }

    [Fact]
    public async Task Dry_run_returns_draft_and_findings_and_stores_nothing()
    {
        var response = await client!.PostAsync("/api/plans/import?district=ปทุมวัน&fiscalYear=2566&dryRun=true", Upload(Seeds.Bytes(Seeds.PathumWan), Seeds.PathumWan));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<ImportDraftResponse>(PlanJson.Options);
        Assert.Equal(11, body!.Measures.Count);
        Assert.NotEmpty(body.Findings);
        Assert.False(body.Stored);
        Assert.Empty(store.Pending);
    }

    [Fact]
    public async Task Import_then_confirm_stores_the_draft()
    {
        var import = await client!.PostAsync("/api/plans/import?district=บางเขน&fiscalYear=2566", Upload(Seeds.Bytes(Seeds.BangKhen), Seeds.BangKhen));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Empty(store.Drafts);

        var confirm = await client.PostAsync("/api/plans/บางเขน/2566/confirm", null);

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal(60, store.Drafts[("บางเขน", 2566)].Measures.Count);
    }

    [Fact]
    public async Task Confirm_with_a_reviewed_plan_stores_that_plan()
    {
        var reviewed = Seeds.Import(Seeds.PathumWan).Draft! with { District = "ปทุมวัน", FiscalYear = 2566 };
        reviewed = reviewed with { Measures = [.. reviewed.Measures.Take(3)] };

        var confirm = await client!.PostAsJsonAsync("/api/plans/ปทุมวัน/2566/confirm", reviewed, PlanJson.Options);

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal(3, store.Drafts[("ปทุมวัน", 2566)].Measures.Count);
    }

    [Fact]
    public async Task Bad_file_is_refused_with_an_error_and_nothing_is_kept()
    {
        var response = await client!.PostAsync("/api/plans/import?district=หนองแขม&fiscalYear=2567", Upload([0x00, 0x01, 0x02], "plan.txt"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<ImportDraftResponse>(PlanJson.Options);
        Assert.NotNull(body!.Error);
        Assert.Empty(store.Pending);
    }

    [Fact]
    public async Task Confirm_without_a_pending_import_is_not_found()
    {
        var confirm = await client!.PostAsync("/api/plans/หนองแขม/2567/confirm", null);

        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        Assert.Empty(store.Drafts);
    }

    [Fact]
    public async Task Oversized_upload_is_refused_as_too_large()
    {
        var bytes = new byte[ImportOptions.DefaultMaxBytes + 1];
        bytes.AsSpan().Fill((byte)'a');

        var response = await client!.PostAsync("/api/plans/import?district=หนองแขม&fiscalYear=2567", Upload(bytes, "plan.txt"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<ImportDraftResponse>(PlanJson.Options);
        Assert.Equal(ImportErrorCode.TooLarge, body!.Error!.Code);
        Assert.Empty(store.Pending);
    }
}
