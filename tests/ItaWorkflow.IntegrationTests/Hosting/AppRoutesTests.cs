using ItaWorkflow.Hosting;
using ItaWorkflow.Hosting.Routes;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Configuration;

namespace ItaWorkflow.Tests.Hosting;

public sealed class AppRoutesTests
{
    [Fact]
    public void Route_names_are_unique_and_no_two_routes_share_a_method_and_template()
    {
        var routes = AppRoutes.All.Concat(AppRoutes.DevelopmentOnly).ToList();

        Assert.Equal(routes.Count, routes.Select(r => r.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(
            routes.Sum(r => r.Methods.Count),
            routes.SelectMany(r => r.Methods.Select(m => (m, r.Template))).Distinct().Count());
    }

    [Fact]
    public void Templates_are_relative_for_the_functions_host_and_parse_as_route_patterns()
    {
        Assert.All(AppRoutes.All.Concat(AppRoutes.DevelopmentOnly), route =>
        {
            Assert.False(route.Template.StartsWith('/'));
            Assert.Equal(route.Pattern, RoutePatternFactory.Parse(route.Pattern).RawText);
            Assert.All(route.Methods, method => Assert.Equal(method.ToUpperInvariant(), method));
        });
    }

    [Fact]
    public async Task The_local_host_maps_exactly_the_route_table_outside_development()
    {
        Assert.Equal(Describe(AppRoutes.All), await MappedRoutesAsync("Production"));
    }

    [Fact]
    public async Task The_local_host_adds_only_the_mail_viewer_in_development()
    {
        Assert.Equal(Describe(AppRoutes.All.Concat(AppRoutes.DevelopmentOnly)), await MappedRoutesAsync("Development"));
    }

    internal static List<string> Describe(IEnumerable<AppRoute> routes) =>
        [.. routes.Select(r => $"{r.Name} {string.Join(',', r.Methods.Order())} {r.Template}").Order(StringComparer.Ordinal)];

    private static async Task<List<string>> MappedRoutesAsync(string environment)
    {
        var storage = new StorageOptions { ConnectionString = "UseDevelopmentStorage=true", Prefix = "routes" };
        await using var app = WebApp.Build([$"--environment={environment}", "--urls=http://127.0.0.1:0"],
            builder => builder.Configuration.AddInMemoryCollection(TestSettings.For(storage, "admin-key-for-route-tests-0123456789")));
        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>();
        return
        [
            .. endpoints.Select(e =>
                    $"{e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName} " +
                    $"{string.Join(',', (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Order())} " +
                    $"{e.RoutePattern.RawText!.TrimStart('/')}")
                .Order(StringComparer.Ordinal),
        ];
    }
}
