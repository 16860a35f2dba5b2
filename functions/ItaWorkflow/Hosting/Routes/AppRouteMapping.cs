namespace ItaWorkflow.Hosting.Routes;

/// <summary>Maps a handler on the template and methods of an <see cref="AppRoute"/>, named after it.</summary>
public static class AppRouteMapping
{
    public static RouteHandlerBuilder Map(this IEndpointRouteBuilder endpoints, AppRoute route, Delegate handler) =>
        endpoints.MapMethods(route.Pattern, route.Methods, handler).WithName(route.Name);
}
