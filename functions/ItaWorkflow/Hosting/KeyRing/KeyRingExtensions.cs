using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Hosting;

public static class KeyRingExtensions
{
    /// <summary>The application name every instance shares, so they all read one key ring.</summary>
    public const string ApplicationName = "ita-workflow";

    /// <summary>
    /// Keeps the Data Protection key ring (admin sessions, form tokens) in the private <see cref="StorageNames.Keys"/>
    /// container, encrypted with <c>DataProtection:KeyEncryptionKey</c> when it is set.
    /// </summary>
    public static IHostApplicationBuilder AddKeyRing(this IHostApplicationBuilder builder)
    {
        builder.Services.BindSettingsOnce<KeyRingOptions>(builder.Configuration, KeyRingOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<KeyRingOptions>, KeyRingOptionsValidator>();
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(options =>
            {
                options.XmlRepository = new BlobKeyRepository(services.GetRequiredService<StorageClients>().Container(StorageNames.Keys));
                if (services.GetRequiredService<IOptions<KeyRingOptions>>().Value.KeyEncryptionKeyBytes() is { } key)
                {
                    options.XmlEncryptor = new KeyRingEncryptor(key);
                }
            }));
        return builder;
    }
}
