using ItaWorkflow.Reports;
using ItaWorkflow.Directories;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Import;
using ItaWorkflow.Links;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow.Engine;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Admin;

/// <summary>Maps the server-rendered admin pages under <c>/manage</c>.</summary>
public static class AdminEndpoints
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

    public static IEndpointRouteBuilder MapAdminPages(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/manage").AddEndpointFilter(SecurityHeadersAsync).AddEndpointFilter(LanguageAsync).ExcludeFromDescription();
        admin.MapGet("/admin.css", () => TypedResults.Text(AdminCss.Text, "text/css; charset=utf-8")).AllowAnonymous();
        admin.MapGet("/signin", (HttpContext c, IOptionsMonitor<AdminOptions> o) => SignInPage.Render(c, o)).AllowAnonymous();
        admin.MapPost("/signin", SignInPage.PostAsync).AllowAnonymous().RequireRateLimiting(AdminSignInThrottle.Policy)
            .AddEndpointFilter(AdminBodyLimit.FilterAsync).AddEndpointFilter(AntiforgeryAsync);
        admin.MapPost("/signout", SignInPage.SignOut).AllowAnonymous().AddEndpointFilter(AdminBodyLimit.FilterAsync).AddEndpointFilter(AntiforgeryAsync);

        var read = admin.MapGroup("").RequireAuthorization(AdminRoles.CanRead);
        read.MapGet("/", () => TypedResults.Redirect("/manage/instances"));
        read.MapGet("/instances", (HttpContext c, WorkflowClient client, TimeProvider time) => InstanceListPage.RenderAsync(c, client, time));
        read.MapGet("/instances/{id}", (HttpContext c, WorkflowClient client, TimeProvider time, string id) => InstanceDetailPage.RenderAsync(c, client, time, id));
        read.MapGet("/instances/{id}/evidence", (HttpContext c, WorkflowClient client, EvidenceStore store, string id, string? blob) => EvidenceDownload.GetAsync(c, client, store, id, blob));
        read.MapGet("/dashboard", (HttpContext c, InstanceIndex index, InstanceStore store, TimeProvider time) => DashboardPage.RenderAsync(c, index, store, time));
        read.MapGet("/dead-letters", (HttpContext c, DeadLetterStore d, WorkflowClient client) => DeadLetterPage.RenderAsync(c, d, client));
        read.MapGet("/plans", (HttpContext c) => PlanPage.Render(c));
        read.MapReportFiles();
        read.MapGet("/directory", (HttpContext c, IDirectoryStore store, string? district) => DirectoryPage.RenderAsync(c, store, district));
        read.MapGet("/directory/workbook", (HttpContext c, IDirectoryStore store, string? district) => DirectoryPage.WorkbookAsync(c, store, district));

        // The body limit runs before antiforgery, which reads the whole form.
        var act = admin.MapGroup("").RequireAuthorization(AdminRoles.CanAct).AddEndpointFilter(AdminBodyLimit.FilterAsync).AddEndpointFilter(AntiforgeryAsync);
        act.MapPost("/instances/batch", AdminActions.BatchAsync).WithMetadata(new AdminBodyLimit(AdminBodyLimit.ListBytes));
        act.MapPost("/instances/{id}/{action}", AdminActions.InstanceAsync);
        act.MapPost("/dead-letters/retry", DeadLetterPage.RetryAsync).WithMetadata(new AdminBodyLimit(AdminBodyLimit.ListBytes));
        act.MapPost("/purge", DeadLetterPage.PurgeAsync);
        act.MapPost("/plans/review", PlanPage.ReviewAsync).WithMetadata(AdminBodyLimit.Upload);
        act.MapPost("/plans/activate", PlanPage.ActivateAsync).WithMetadata(new AdminBodyLimit(AdminBodyLimit.DocumentBytes));
        act.MapPost("/directory", DirectoryPage.SaveAsync).WithMetadata(new AdminBodyLimit(AdminBodyLimit.DocumentBytes));
        act.MapPost("/directory/import", DirectoryPage.ImportAsync).WithMetadata(AdminBodyLimit.Upload);
        act.MapPost("/directory/entra", DirectoryPage.SyncEntraAsync);

        // The import API (for scripts and the CLI's HTTP twin) needs the same sign-in as the plan screen, and keeps a
        // district admin to their own district like every page does.
        endpoints.MapGroup("").RequireAuthorization(AdminRoles.CanAct).AddEndpointFilter(OwnDistrictOnlyAsync).MapImportApi();
        return endpoints;
    }

    private static ValueTask<object?> OwnDistrictOnlyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var district = request.RouteValues["district"] as string ?? request.Query["district"].ToString();
        return AdminUser.From(context.HttpContext.User).CanSee(district.Trim())
            ? next(context)
            : ValueTask.FromResult<object?>(TypedResults.Json(
                new ImportError(ImportErrorCode.OtherDistrict, "ผู้ดูแลเขตนำเข้าแผนได้เฉพาะเขตของตนเอง", "A district admin may import plans for their own district only."),
                statusCode: StatusCodes.Status403Forbidden));
    }

    private static ValueTask<object?> SecurityHeadersAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return next(context);
    }

    private static ValueTask<object?> LanguageAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        AdminText.Remember(context.HttpContext);
        return next(context);
    }

    private static async ValueTask<object?> AntiforgeryAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            var t = AdminText.For(context.HttpContext);
            return AdminLayout.Page(context.HttpContext, t["คำขอไม่ถูกต้อง (Bad request)"], null,
                new HtmlBuilder(t).El("p", t["แบบฟอร์มหมดอายุหรือไม่ถูกต้อง กรุณาโหลดหน้าใหม่ — the form expired or is invalid; reload the page."]),
                StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}
