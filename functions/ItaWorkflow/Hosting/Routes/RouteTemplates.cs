namespace ItaWorkflow.Hosting.Routes;

/// <summary>
/// The route templates as constants, because the Functions app's <c>[HttpTrigger(Route = …)]</c> attributes need
/// compile-time values. <see cref="AppRoutes"/> pairs each with its methods; nothing else should spell a template.
/// </summary>
public static class RouteTemplates
{
    public const string Healthz = "healthz";
    public const string HealthzReady = "healthz/ready";

    public const string Link = "l/{token}";
    public const string LinkFile = "l/{token}/file";
    public const string LinkReport = "l/{token}/report";
    public const string LinkReportFile = "l/{token}/report/{format}";

    public const string Manage = "manage";
    public const string AdminCss = "manage/admin.css";
    public const string SignIn = "manage/signin";
    public const string SignOut = "manage/signout";
    public const string Instances = "manage/instances";
    public const string Instance = "manage/instances/{id}";
    public const string InstanceEvidence = "manage/instances/{id}/evidence";
    public const string InstanceAction = "manage/instances/{id}/{action}";
    public const string InstancesBatch = "manage/instances/batch";
    public const string Dashboard = "manage/dashboard";
    public const string DeadLetters = "manage/dead-letters";
    public const string DeadLettersRetry = "manage/dead-letters/retry";
    public const string FailedRestart = "manage/failed/restart";
    public const string Purge = "manage/purge";
    public const string Plans = "manage/plans";
    public const string PlansReview = "manage/plans/review";
    public const string PlansActivate = "manage/plans/activate";
    public const string Reports = "manage/reports";
    public const string ReportFile = "manage/reports/file";
    public const string ReportFiles = "manage/reports/files";
    public const string ReportPreview = "manage/reports/preview";
    public const string ReportCompile = "manage/reports/compile";

    public const string PublicReport = "p/{district}/{fiscalYear:int}/{round}";
    public const string PublicReportFile = "p/{district}/{fiscalYear:int}/{round}/{file}";
    public const string PublicReportEvidence = "p/{district}/{fiscalYear:int}/{round}/evidence/{measure}/{period:int}/{index:int}/{name}";
    public const string Directory = "manage/directory";
    public const string DirectoryWorkbook = "manage/directory/workbook";
    public const string DirectoryImport = "manage/directory/import";
    public const string DirectoryEntra = "manage/directory/entra";

    public const string PlanImport = "api/plans/import";
    public const string PlanConfirm = "api/plans/{district}/{fiscalYear:int}/confirm";

    public const string DevMail = "dev/mail";
    public const string DevMailFile = "dev/mail/{name}";
}
