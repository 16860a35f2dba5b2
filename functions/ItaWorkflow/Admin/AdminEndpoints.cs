using ItaWorkflow.Reports;
using ItaWorkflow.Directories;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Hosting.Routes;
using ItaWorkflow.Import;
using ItaWorkflow.Links;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow;
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
        var admin = endpoints.MapGroup("").AddEndpointFilter(SecurityHeadersAsync).AddEndpointFilter(LanguageAsync).ExcludeFromDescription();
        admin.Map(AppRoutes.AdminCss, () => TypedResults.Text(AdminCss.Text, "text/css; charset=utf-8")).AllowAnonymous();
        admin.Map(AppRoutes.AdminSignInPage, (HttpContext c, IOptionsMonitor<AdminOptions> o) => SignInPage.Render(c, o)).AllowAnonymous();
        admin.Map(AppRoutes.AdminSignIn, SignInPage.PostAsync).AllowAnonymous().RequireRateLimiting(AdminSignInThrottle.Policy)
            .AddEndpointFilter(AdminBodyLimit.FilterAsync).AddEndpointFilter(AntiforgeryAsync);
        admin.Map(AppRoutes.AdminSignOut, SignInPage.SignOut).AllowAnonymous().AddEndpointFilter(AdminBodyLimit.FilterAsync).AddEndpointFilter(AntiforgeryAsync);

        var read = admin.MapGroup("").RequireAuthorization(AdminRoles.CanRead);
        read.Map(AppRoutes.AdminHome, () => TypedResults.Redirect("/manage/instances"));
        read.Map(AppRoutes.AdminInstances, (HttpContext c, WorkflowClient client, TimeProvider time) => InstanceListPage.RenderAsync(c, client, time));
        read.Map(AppRoutes.AdminInstance, (HttpContext c, WorkflowClient client, TimeProvider time, string id) => InstanceDetailPage.RenderAsync(c, client, time, id));
        read.Map(AppRoutes.AdminEvidence, (HttpContext c, WorkflowClient client, EvidenceStore store, string id, string? blob) => EvidenceDownload.GetAsync(c, client, store, id, blob));
        read.Map(AppRoutes.AdminDashboard, (HttpContext c, InstanceIndex index, WorkflowClient client, TimeProvider time) => DashboardPage.RenderAsync(c, index, client, time));
        read.Map(AppRoutes.AdminDeadLetters, (HttpContext c, DeadLetterStore d, WorkflowClient client) => DeadLetterPage.RenderAsync(c, d, client));
        read.Map(AppRoutes.AdminPlans, (HttpContext c) => PlanPage.Render(c));
        read.Map(AppRoutes.AdminReports, (HttpContext c, WorkflowClient client, IWorkflowCases cases, ReportStore store, string? district, string? compiled) =>
            ReportsPage.RenderAsync(c, client, cases, store, district, compiled));
        read.MapReportFiles();
        read.Map(AppRoutes.AdminDirectory, (HttpContext c, IDirectoryStore store, string? district) => DirectoryPage.RenderAsync(c, store, district));
        read.Map(AppRoutes.AdminDirectoryWorkbook, (HttpContext c, IDirectoryStore store, string? district) => DirectoryPage.WorkbookAsync(c, store, district));

        // The body limit runs before antiforgery, which reads the whole form.
        var act = admin.MapGroup("").RequireAuthorization(AdminRoles.CanAct).AddEndpointFilter(AdminBodyLimit.FilterAsync).AddEndpointFilter(AntiforgeryAsync);
        act.Map(AppRoutes.AdminBatch, AdminActions.BatchAsync).WithMetadata(new AdminBodyLimit(AdminBodyLimit.ListBytes));
        act.Map(AppRoutes.AdminInstanceAction, AdminActions.InstanceAsync);
        act.Map(AppRoutes.AdminDeadLettersRetry, DeadLetterPage.RetryAsync).WithMetadata(new AdminBodyLimit(AdminBodyLimit.ListBytes));
        act.Map(AppRoutes.AdminFailedRestart, DeadLetterPage.RestartAsync);
        act.Map(AppRoutes.AdminPurge, DeadLetterPage.PurgeAsync);
        act.Map(AppRoutes.AdminReportCompile, ReportsPage.CompileAsync);
        act.Map(AppRoutes.AdminPlansReview, PlanPage.ReviewAsync).WithMetadata(AdminBodyLimit.Upload);
        act.Map(AppRoutes.AdminPlansActivate, PlanPage.ActivateAsync).WithMetadata(new AdminBodyLimit(AdminBodyLimit.DocumentBytes));
        act.Map(AppRoutes.AdminDirectorySave, DirectoryPage.SaveAsync).WithMetadata(new AdminBodyLimit(AdminBodyLimit.DocumentBytes));
        act.Map(AppRoutes.AdminDirectoryImport, DirectoryPage.ImportAsync).WithMetadata(AdminBodyLimit.Upload);
        act.Map(AppRoutes.AdminDirectoryEntra, DirectoryPage.SyncEntraAsync);

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
