using ItaWorkflow.Directories;
using ItaWorkflow.Notifications;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow;
using ItaWorkflow.Tests.Workflow.Measures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Notifications;

/// <summary>An engine harness with the real notifier (directory, links, SendEmailHandler) and an in-memory provider.</summary>
public static class NotifyTestSetup
{
    public const string Secret = "0123456789abcdef0123456789abcdef-current";
    public const string OldSecret = "0123456789abcdef0123456789abcdef-retired";
    public const string Director = "director@district.example";
    public const string Coordinator = "ita@district.example";
    public const string RegistryMail = "registry@district.example";
    public const string RegistryHead = "registry.head@district.example";
    public const string FinanceMail = "finance@district.example";

    public static IConfiguration Configuration(string baseUrl = "http://localhost:7071") => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Links:SigningKeys:0:Id"] = "k2",
            ["Links:SigningKeys:0:Secret"] = Secret,
            ["Links:SigningKeys:1:Id"] = "k1",
            ["Links:SigningKeys:1:Secret"] = OldSecret,
            ["Links:CurrentKeyId"] = "k2",
            ["Links:PublicBaseUrl"] = baseUrl,
        })
        .Build();

    public static DistrictDirectory District { get; } = new(
        "ทดสอบ",
        [
            new DivisionContact(SampleMeasures.Registry, ["ทะเบียน"], [RegistryMail], RegistryHead),
            new DivisionContact(SampleMeasures.Finance, [], [FinanceMail], null),
        ],
        [Director],
        [Coordinator]);

    public static async Task<WorkflowHarness> CreateAsync(Azurite azurite, DateTimeOffset start, Action<IServiceCollection>? configure = null)
    {
        var harness = await WorkflowHarness.CreateAsync(
            azurite,
            start,
            services =>
            {
                services.AddSingleton<MemoryEmailSender>();
                services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<MemoryEmailSender>());
                services.AddNotifications(Configuration());
                configure?.Invoke(services);
            },
            recordEmails: false);
        await harness.Get<IDirectoryStore>().SaveAsync(District, CancellationToken.None);
        return harness;
    }
}
