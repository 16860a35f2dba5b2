using ItaWorkflow.Hosting.Routes;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace ItaWorkflow.Functions;

/// <summary>
/// One anonymous HTTP trigger per route of <see cref="AppRoutes.All"/>, named after it, on its methods and template
/// (attributes need constants, hence <see cref="RouteTemplates"/>; the deploy tests compare the published index with the
/// table). Each only hands the request to the app's endpoints through <see cref="AppPipeline"/>: the pages' own
/// sign-in, antiforgery and headers apply, so the Functions key is not used. Each also takes the Durable client binding:
/// the isolated worker puts no client in DI, and the pages' <c>WorkflowClient</c> needs one (<see cref="FunctionsDurableClient"/>).
/// </summary>
public static class HttpFunctions
{
    [Function(nameof(AppRoutes.Healthz))]
    public static IResult Healthz([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Healthz)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.HealthzReady))]
    public static IResult HealthzReady([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.HealthzReady)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.LinkShow))]
    public static IResult LinkShow([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Link)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.LinkAct))]
    public static IResult LinkAct([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.Link)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.LinkFile))]
    public static IResult LinkFile([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.LinkFile)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminHome))]
    public static IResult AdminHome([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Manage)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminCss))]
    public static IResult AdminCss([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.AdminCss)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminSignInPage))]
    public static IResult AdminSignInPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.SignIn)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminSignIn))]
    public static IResult AdminSignIn([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.SignIn)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminSignOut))]
    public static IResult AdminSignOut([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.SignOut)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminInstances))]
    public static IResult AdminInstances([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Instances)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminInstance))]
    public static IResult AdminInstance([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Instance)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminEvidence))]
    public static IResult AdminEvidence([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.InstanceEvidence)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminInstanceAction))]
    public static IResult AdminInstanceAction([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.InstanceAction)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminBatch))]
    public static IResult AdminBatch([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.InstancesBatch)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminDashboard))]
    public static IResult AdminDashboard([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Dashboard)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminDeadLetters))]
    public static IResult AdminDeadLetters([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.DeadLetters)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminDeadLettersRetry))]
    public static IResult AdminDeadLettersRetry([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.DeadLettersRetry)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminFailedRestart))]
    public static IResult AdminFailedRestart([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.FailedRestart)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminPurge))]
    public static IResult AdminPurge([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.Purge)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminPlans))]
    public static IResult AdminPlans([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Plans)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminPlansReview))]
    public static IResult AdminPlansReview([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.PlansReview)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminPlansActivate))]
    public static IResult AdminPlansActivate([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.PlansActivate)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminReports))]
    public static IResult AdminReports([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Reports)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminReportFile))]
    public static IResult AdminReportFile([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.ReportFile)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminDirectory))]
    public static IResult AdminDirectory([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.Directory)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminDirectorySave))]
    public static IResult AdminDirectorySave([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.Directory)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.PlanImport))]
    public static IResult PlanImport([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.PlanImport)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.PlanConfirm))]
    public static IResult PlanConfirm([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.PlanConfirm)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    /// <summary>The request is served when the worker executes the result on its context.</summary>
    [Function(nameof(AppRoutes.LinkReport))]
    public static IResult LinkReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.LinkReport)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.LinkReportFile))]
    public static IResult LinkReportFile([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.LinkReportFile)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminReportFiles))]
    public static IResult AdminReportFiles([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.ReportFiles)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminReportPreview))]
    public static IResult AdminReportPreview([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.ReportPreview)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminReportCompile))]
    public static IResult AdminReportCompile([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.ReportCompile)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.PublicReport))]
    public static IResult PublicReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.PublicReport)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.PublicReportFile))]
    public static IResult PublicReportFile([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.PublicReportFile)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.PublicReportEvidence))]
    public static IResult PublicReportEvidence([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.PublicReportEvidence)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminDirectoryWorkbook))]
    public static IResult AdminDirectoryWorkbook([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RouteTemplates.DirectoryWorkbook)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminDirectoryImport))]
    public static IResult AdminDirectoryImport([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.DirectoryImport)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    [Function(nameof(AppRoutes.AdminDirectoryEntra))]
    public static IResult AdminDirectoryEntra([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = RouteTemplates.DirectoryEntra)] HttpRequest request, [DurableClient] DurableTaskClient client) => Dispatch(request, client);

    private static AppPipelineResult Dispatch(HttpRequest request, DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        FunctionsDurableClient.Offer(client);
        return AppPipelineResult.Instance;
    }
}
