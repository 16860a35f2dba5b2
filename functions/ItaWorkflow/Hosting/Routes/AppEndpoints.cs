using ItaWorkflow.Reports;
using ItaWorkflow.Admin;
using ItaWorkflow.Links;
using ItaWorkflow.Notifications;

namespace ItaWorkflow.Hosting.Routes;

/// <summary>Maps every route of <see cref="AppRoutes"/> with its handler; both hosts call this and nothing else.</summary>
public static class AppEndpoints
{
    /// <param name="endpoints">Where to map.</param>
    /// <param name="development">Also map <see cref="AppRoutes.DevelopmentOnly"/>.</param>
    public static IEndpointRouteBuilder MapAppRoutes(this IEndpointRouteBuilder endpoints, bool development)
    {
        endpoints.MapHealthChecks();
        endpoints.MapLinkPages();
        endpoints.MapPublicReports();
        if (development)
        {
            endpoints.MapDevMailViewer();
        }

        endpoints.MapAdminPages();
        return endpoints;
    }
}
