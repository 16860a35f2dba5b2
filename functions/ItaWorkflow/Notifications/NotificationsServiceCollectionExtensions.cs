using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Directories;
using ItaWorkflow.Links;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the directory, the email sender chosen by <c>Email:Provider</c>, the email log, link signing, evidence
    /// storage, antiforgery and <see cref="SendEmailHandler"/> as the engine's SendEmail handler.
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.BindSettingsOnce<EmailOptions>(configuration, EmailOptions.SectionName);
        services.BindSettingsOnce<LinksOptions>(configuration, LinksOptions.SectionName);
        services.AddAntiforgery();
        services.TryAddSingleton<IDirectoryStore, TableDirectoryStore>();
        services.TryAddSingleton<EmailLog>();
        services.TryAddSingleton<DeliveryProblemLog>();
        services.TryAddSingleton<LinkSigner>();
        services.TryAddSingleton<EvidenceStore>();
        services.TryAddSingleton<PickupFolderEmailSender>();
        services.TryAddSingleton<IEmailSender>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmailOptions>>();
            return options.Value.Provider switch
            {
                EmailProvider.SendGrid => new SendGridEmailSender(SendGridEmailSender.CreateClient(options.Value.SendGrid), options),
                EmailProvider.Graph => new GraphEmailSender(GraphEmailSender.CreateClient(options.Value.Graph), options),
                _ => sp.GetRequiredService<PickupFolderEmailSender>(),
            };
        });
        services.TryAddSingleton(sp => new GraphDirectorySync(
            GraphEmailSender.CreateClient(sp.GetRequiredService<IOptions<EmailOptions>>().Value.Graph), sp.GetRequiredService<IDirectoryStore>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, SendEmailHandler>());
        return services;
    }
}
