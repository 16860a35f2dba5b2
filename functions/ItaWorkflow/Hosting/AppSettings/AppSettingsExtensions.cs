using Microsoft.Extensions.Options;

namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>Registers the app's settings sections with validation at start-up.</summary>
public static class AppSettingsExtensions
{
    /// <summary>
    /// Binds <c>Workflow</c>, <c>Links</c>, <c>Email</c>, <c>Retention</c> and <c>Admin</c> and validates
    /// them when the host starts, so a missing or bad value stops start-up with a message naming it.
    /// </summary>
    public static IHostApplicationBuilder AddAppSettings(this IHostApplicationBuilder builder)
    {
        Add<WorkflowOptions, WorkflowOptionsValidator>(builder, WorkflowOptions.SectionName);
        Add<LinksOptions, LinksOptionsValidator>(builder, LinksOptions.SectionName);
        Add<EmailOptions, EmailOptionsValidator>(builder, EmailOptions.SectionName);
        Add<RetentionOptions, RetentionOptionsValidator>(builder, RetentionOptions.SectionName);
        Add<AdminOptions, AdminOptionsValidator>(builder, AdminOptions.SectionName);
        return builder;
    }

    private static void Add<TOptions, TValidator>(IHostApplicationBuilder builder, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        builder.Services.BindSettingsOnce<TOptions>(builder.Configuration, section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }

    /// <summary>
    /// Binds a settings section once, however many features ask for it: binding twice would append list
    /// items (e.g. signing keys) twice.
    /// </summary>
    public static OptionsBuilder<TOptions> BindSettingsOnce<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        var builder = services.AddOptions<TOptions>();
        if (!services.Any(d => d.ServiceType == typeof(SettingsBound<TOptions>)))
        {
            services.AddSingleton(new SettingsBound<TOptions>());
            builder.Bind(configuration.GetSection(section));
        }

        return builder;
    }

    private sealed class SettingsBound<TOptions>;
}
