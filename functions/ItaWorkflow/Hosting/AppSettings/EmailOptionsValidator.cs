using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>
/// Checks that the chosen provider has what it needs and fits the hosting mode, and that API endpoint overrides use
/// https (plain http only to a loopback fake in Development): the API key or Graph token travels with every call.
/// </summary>
public sealed class EmailOptionsValidator(IConfiguration configuration, IHostEnvironment environment) : IValidateOptions<EmailOptions>
{
    private const string Section = EmailOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add(SettingMessage.Format(
                $"{Section}:{nameof(EmailOptions.Provider)}",
                "ต้องเป็น Pickup, SendGrid หรือ Graph",
                "must be Pickup, SendGrid or Graph"));
        }

        if (!MailAddress.TryCreate(options.From, out var from))
        {
            failures.Add(SettingMessage.Format(
                $"{Section}:{nameof(EmailOptions.From)}",
                $"ไม่ใช่อีเมลที่ถูกต้อง (ค่าปัจจุบัน '{options.From}')",
                $"is not a valid email address (was '{options.From}')"));
        }
        else if (options.Provider != EmailProvider.Pickup && !from.Host.Contains('.', StringComparison.Ordinal))
        {
            failures.Add(SettingMessage.Format(
                $"{Section}:{nameof(EmailOptions.From)}",
                $"ต้องเป็นโดเมนจริงเมื่อส่งผ่าน {options.Provider} (ค่าปัจจุบัน '{options.From}')",
                $"must use a real domain when sending through {options.Provider} (was '{options.From}')"));
        }

        RequireHttps($"{Section}:SendGrid:{nameof(SendGridEmailOptions.Host)}", options.SendGrid.Host, failures);
        RequireHttps($"{Section}:Graph:{nameof(GraphEmailOptions.BaseUrl)}", options.Graph.BaseUrl, failures);
        switch (options.Provider)
        {
            case EmailProvider.SendGrid:
                RequireSecret($"{Section}:SendGrid:{nameof(SendGridEmailOptions.ApiKey)}", options.SendGrid.ApiKey, failures);
                break;
            case EmailProvider.Graph:
                if (string.IsNullOrWhiteSpace(options.Graph.Sender))
                {
                    failures.Add(SettingMessage.Required($"{Section}:Graph:{nameof(GraphEmailOptions.Sender)}"));
                }

                break;
            case EmailProvider.Pickup when AzureHosting.RunsBehindFunctionsHost(configuration):
                failures.Add(SettingMessage.Format(
                    $"{Section}:{nameof(EmailOptions.Provider)}",
                    "Pickup เขียนไฟล์ลงดิสก์ของเครื่อง ใช้บน Azure ไม่ได้ เลือก SendGrid หรือ Graph",
                    "Pickup writes files to the instance's disk and cannot be used in Azure; choose SendGrid or Graph"));
                break;
            case EmailProvider.Pickup when string.IsNullOrWhiteSpace(options.Pickup.Folder):
                failures.Add(SettingMessage.Required($"{Section}:Pickup:{nameof(PickupEmailOptions.Folder)}"));
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void RequireHttps(string key, string value, List<string> failures)
    {
        if (value.Length == 0)
        {
            return;
        }

        var ok = Uri.TryCreate(value, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback && environment.IsDevelopment()));
        if (!ok)
        {
            failures.Add(SettingMessage.Format(
                key,
                $"ต้องเป็น URL https:// (http:// ได้เฉพาะ localhost ในโหมด Development) (ค่าปัจจุบัน '{value}')",
                $"must be an https:// URL (http:// only to localhost in Development) (was '{value}')"));
        }
    }

    private static void RequireSecret(string key, string value, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add(SettingMessage.Required(key));
        }
        else if (SettingMessage.IsUnresolvedKeyVaultReference(value))
        {
            failures.Add(SettingMessage.UnresolvedKeyVaultReference(key));
        }
    }
}
