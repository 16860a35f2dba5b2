namespace ItaWorkflow.Hosting.Routes;

/// <summary>
/// Every page and API route, declared once. The local host maps each with its handler (<see cref="AppRouteMapping"/>);
/// the Functions app has one HTTP trigger per route that hands the request to the same endpoints
/// (<see cref="AppPipeline"/>). Deploy tests compare both sides with this table.
/// </summary>
public static class AppRoutes
{
    private static readonly string[] Get = [HttpMethods.Get];
    private static readonly string[] Post = [HttpMethods.Post];

    public static readonly AppRoute Healthz = new(nameof(Healthz), Get, RouteTemplates.Healthz);
    public static readonly AppRoute HealthzReady = new(nameof(HealthzReady), Get, RouteTemplates.HealthzReady);

    public static readonly AppRoute LinkShow = new(nameof(LinkShow), Get, RouteTemplates.Link);
    public static readonly AppRoute LinkAct = new(nameof(LinkAct), Post, RouteTemplates.Link);
    public static readonly AppRoute LinkFile = new(nameof(LinkFile), Get, RouteTemplates.LinkFile);
    public static readonly AppRoute LinkReport = new(nameof(LinkReport), Get, RouteTemplates.LinkReport);
    public static readonly AppRoute LinkReportFile = new(nameof(LinkReportFile), Get, RouteTemplates.LinkReportFile);

    public static readonly AppRoute AdminHome = new(nameof(AdminHome), Get, RouteTemplates.Manage);
    public static readonly AppRoute AdminCss = new(nameof(AdminCss), Get, RouteTemplates.AdminCss);
    public static readonly AppRoute AdminSignInPage = new(nameof(AdminSignInPage), Get, RouteTemplates.SignIn);
    public static readonly AppRoute AdminSignIn = new(nameof(AdminSignIn), Post, RouteTemplates.SignIn);
    public static readonly AppRoute AdminSignOut = new(nameof(AdminSignOut), Post, RouteTemplates.SignOut);
    public static readonly AppRoute AdminInstances = new(nameof(AdminInstances), Get, RouteTemplates.Instances);
    public static readonly AppRoute AdminInstance = new(nameof(AdminInstance), Get, RouteTemplates.Instance);
    public static readonly AppRoute AdminEvidence = new(nameof(AdminEvidence), Get, RouteTemplates.InstanceEvidence);
    public static readonly AppRoute AdminInstanceAction = new(nameof(AdminInstanceAction), Post, RouteTemplates.InstanceAction);
    public static readonly AppRoute AdminBatch = new(nameof(AdminBatch), Post, RouteTemplates.InstancesBatch);
    public static readonly AppRoute AdminDashboard = new(nameof(AdminDashboard), Get, RouteTemplates.Dashboard);
    public static readonly AppRoute AdminDeadLetters = new(nameof(AdminDeadLetters), Get, RouteTemplates.DeadLetters);
    public static readonly AppRoute AdminDeadLettersRetry = new(nameof(AdminDeadLettersRetry), Post, RouteTemplates.DeadLettersRetry);
    public static readonly AppRoute AdminFailedRestart = new(nameof(AdminFailedRestart), Post, RouteTemplates.FailedRestart);
    public static readonly AppRoute AdminPurge = new(nameof(AdminPurge), Post, RouteTemplates.Purge);
    public static readonly AppRoute AdminPlans = new(nameof(AdminPlans), Get, RouteTemplates.Plans);
    public static readonly AppRoute AdminPlansReview = new(nameof(AdminPlansReview), Post, RouteTemplates.PlansReview);
    public static readonly AppRoute AdminPlansActivate = new(nameof(AdminPlansActivate), Post, RouteTemplates.PlansActivate);
    public static readonly AppRoute AdminReports = new(nameof(AdminReports), Get, RouteTemplates.Reports);
    public static readonly AppRoute AdminReportFile = new(nameof(AdminReportFile), Get, RouteTemplates.ReportFile);
    public static readonly AppRoute AdminReportFiles = new(nameof(AdminReportFiles), Get, RouteTemplates.ReportFiles);
    public static readonly AppRoute AdminReportPreview = new(nameof(AdminReportPreview), Get, RouteTemplates.ReportPreview);
    public static readonly AppRoute AdminReportCompile = new(nameof(AdminReportCompile), Post, RouteTemplates.ReportCompile);
    public static readonly AppRoute AdminDirectory = new(nameof(AdminDirectory), Get, RouteTemplates.Directory);
    public static readonly AppRoute AdminDirectorySave = new(nameof(AdminDirectorySave), Post, RouteTemplates.Directory);
    public static readonly AppRoute AdminDirectoryWorkbook = new(nameof(AdminDirectoryWorkbook), Get, RouteTemplates.DirectoryWorkbook);
    public static readonly AppRoute AdminDirectoryImport = new(nameof(AdminDirectoryImport), Post, RouteTemplates.DirectoryImport);
    public static readonly AppRoute AdminDirectoryEntra = new(nameof(AdminDirectoryEntra), Post, RouteTemplates.DirectoryEntra);

    public static readonly AppRoute PublicReport = new(nameof(PublicReport), Get, RouteTemplates.PublicReport);
    public static readonly AppRoute PublicReportFile = new(nameof(PublicReportFile), Get, RouteTemplates.PublicReportFile);
    public static readonly AppRoute PublicReportEvidence = new(nameof(PublicReportEvidence), Get, RouteTemplates.PublicReportEvidence);

    public static readonly AppRoute PlanImport = new(nameof(PlanImport), Post, RouteTemplates.PlanImport);
    public static readonly AppRoute PlanConfirm = new(nameof(PlanConfirm), Post, RouteTemplates.PlanConfirm);

    public static readonly AppRoute DevMailList = new(nameof(DevMailList), Get, RouteTemplates.DevMail);
    public static readonly AppRoute DevMailFile = new(nameof(DevMailFile), Get, RouteTemplates.DevMailFile);

    /// <summary>The routes both hosts serve.</summary>
    public static IReadOnlyList<AppRoute> All { get; } =
    [
        Healthz, HealthzReady,
        LinkShow, LinkAct, LinkFile, LinkReport, LinkReportFile,
        AdminHome, AdminCss, AdminSignInPage, AdminSignIn, AdminSignOut,
        AdminInstances, AdminInstance, AdminEvidence, AdminInstanceAction, AdminBatch,
        AdminDashboard, AdminDeadLetters, AdminDeadLettersRetry, AdminFailedRestart, AdminPurge,
        AdminPlans, AdminPlansReview, AdminPlansActivate, AdminReports, AdminReportFile,
        AdminReportFiles, AdminReportPreview, AdminReportCompile, AdminDirectory, AdminDirectorySave,
        AdminDirectoryWorkbook, AdminDirectoryImport, AdminDirectoryEntra,
        PublicReport, PublicReportFile, PublicReportEvidence,
        PlanImport, PlanConfirm,
    ];

    /// <summary>The routes only the local host serves, and only in Development (the pickup-folder mail viewer).</summary>
    public static IReadOnlyList<AppRoute> DevelopmentOnly { get; } = [DevMailList, DevMailFile];
}
