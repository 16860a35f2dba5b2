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
        builder.Services.AddOptions<TOptions>().Bind(builder.Configuration.GetSection(section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }
}
