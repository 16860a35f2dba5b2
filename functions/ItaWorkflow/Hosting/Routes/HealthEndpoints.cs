using ItaWorkflow.Storage;

namespace ItaWorkflow.Hosting.Routes;

/// <summary><c>GET /healthz</c> (the process answers) and <c>GET /healthz/ready</c> (storage answers too).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(AppRoutes.Healthz, () => TypedResults.Ok("ok"));
        endpoints.Map(AppRoutes.HealthzReady, async (StorageClients storage, CancellationToken cancellationToken) =>
        {
            await storage.Table(StorageNames.InstanceIndex).GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>("-", "-", cancellationToken: cancellationToken);
            return TypedResults.Ok("ready");
        });
        return endpoints;
    }
}
