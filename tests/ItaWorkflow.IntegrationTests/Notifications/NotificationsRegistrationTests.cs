using ItaWorkflow.Notifications;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ItaWorkflow.Tests.Notifications;

public sealed class NotificationsRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(NotifyTestSetup.Configuration())
            .AddInMemoryCollection(settings)
            .Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddNotifications(configuration).AddWorkflow().BuildServiceProvider();
    }

    [Fact]
    public void Pickup_folder_is_the_default_sender_and_the_real_handler_serves_SendEmail()
    {
        using var provider = Build([]);

        Assert.IsType<PickupFolderEmailSender>(provider.GetRequiredService<IEmailSender>());
        Assert.Contains(provider.GetServices<ICommandHandler>(), h => h is SendEmailHandler && h.CommandType == typeof(SendEmail));
    }

    [Fact]
    public void SendGrid_provider_is_chosen_from_configuration()
    {
        using var provider = Build(new() { ["Email:Provider"] = "SendGrid", ["Email:SendGrid:ApiKey"] = "SG.x" });

        Assert.IsType<SendGridEmailSender>(provider.GetRequiredService<IEmailSender>());
    }
}
