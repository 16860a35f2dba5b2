using ItaWorkflow.Hosting.AppSettings;
using Microsoft.AspNetCore.Authentication;

namespace ItaWorkflow.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>Registers the admin options, authentication scheme, policies and antiforgery (needs <c>AddWorkflowEngine</c>).</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        var generated = AdminKeyAnnouncer.NewKey();
        services.BindSettingsOnce<AdminOptions>(configuration, AdminOptions.SectionName)
            .PostConfigure<IHostEnvironment>((options, environment) => AdminKeyAnnouncer.GenerateKeyIfMissing(options, environment, generated));
        services.AddHostedService<AdminKeyAnnouncer>();
        services.AddAdminSignInThrottle();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AdminAuthenticationHandler>(AdminRoles.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminRoles.CanRead, p => p.AddAuthenticationSchemes(AdminRoles.Scheme).RequireAuthenticatedUser()
                .RequireRole(AdminRoles.CentralAdmin, AdminRoles.DistrictAdmin, AdminRoles.Reader))
            .AddPolicy(AdminRoles.CanAct, p => p.AddAuthenticationSchemes(AdminRoles.Scheme).RequireAuthenticatedUser()
                .RequireRole(AdminRoles.CentralAdmin, AdminRoles.DistrictAdmin));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "ita_admin_af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.FormFieldName = "__af";
        });
        return services;
    }
}
