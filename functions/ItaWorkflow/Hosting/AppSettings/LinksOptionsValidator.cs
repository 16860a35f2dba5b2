using System.Buffers.Text;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>Checks the base address, the signing keys and the lifetimes of signed links.</summary>
public sealed class LinksOptionsValidator : IValidateOptions<LinksOptions>
{
    /// <summary>Shortest key material accepted: the HMAC-SHA256 block of security.</summary>
    public const int MinimumKeyBytes = 32;

    private const string Section = LinksOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, LinksOptions options)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            failures.Add(SettingMessage.Format(
                $"{Section}:{nameof(LinksOptions.PublicBaseUrl)}",
                $"ต้องเป็น URL เต็มที่ขึ้นต้นด้วย http:// หรือ https:// (ค่าปัจจุบัน '{options.PublicBaseUrl}')",
                $"must be an absolute http:// or https:// URL (was '{options.PublicBaseUrl}')"));
        }

        CheckKeys(options, failures);
        CheckLifetimes(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckKeys(LinksOptions options, List<string> failures)
    {
        if (options.SigningKeys.Count == 0)
        {
            failures.Add(SettingMessage.Format(
                $"{Section}:{nameof(LinksOptions.SigningKeys)}",
                "ต้องมีกุญแจลงนามลิงก์อย่างน้อยหนึ่งดอก",
                "at least one link-signing key is required"));
        }

        for (var index = 0; index < options.SigningKeys.Count; index++)
        {
            var key = options.SigningKeys[index];
            var prefix = $"{Section}:{nameof(LinksOptions.SigningKeys)}:{index}";
            if (string.IsNullOrWhiteSpace(key.Id) || !key.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                failures.Add(SettingMessage.Format(
                    $"{prefix}:{nameof(LinkSigningKey.Id)}",
                    $"ต้องเป็นตัวอักษรอังกฤษ ตัวเลข - หรือ _ (ค่าปัจจุบัน '{key.Id}')",
                    $"must be ASCII letters, digits, '-' or '_' (was '{key.Id}')"));
            }

            CheckSecret($"{prefix}:{nameof(LinkSigningKey.Secret)}", key.Secret, failures);
        }

        foreach (var duplicate in options.SigningKeys.GroupBy(k => k.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            failures.Add(SettingMessage.Format(
                $"{Section}:{nameof(LinksOptions.SigningKeys)}",
                $"รหัสกุญแจ '{duplicate.Key}' ซ้ำกัน",
                $"key id '{duplicate.Key}' is used more than once"));
        }

        var currentKey = $"{Section}:{nameof(LinksOptions.CurrentKeyId)}";
        var current = options.SigningKeys.FirstOrDefault(k => k.Id == options.CurrentKeyId);
        if (string.IsNullOrWhiteSpace(options.CurrentKeyId))
        {
            failures.Add(SettingMessage.Required(currentKey));
        }
        else if (current is null)
        {
            failures.Add(SettingMessage.Format(
                currentKey,
                $"ไม่พบกุญแจรหัส '{options.CurrentKeyId}' ใน SigningKeys",
                $"no signing key has id '{options.CurrentKeyId}'"));
        }
        else if (current.RetiredOn is not null)
        {
            failures.Add(SettingMessage.Format(
                currentKey,
                $"กุญแจ '{options.CurrentKeyId}' ถูกปลดระวางแล้ว ใช้ลงนามลิงก์ใหม่ไม่ได้",
                $"key '{options.CurrentKeyId}' is retired and cannot sign new links"));
        }
    }

    private static void CheckSecret(string key, string secret, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            failures.Add(SettingMessage.Required(key));
        }
        else if (SettingMessage.IsUnresolvedKeyVaultReference(secret))
        {
            failures.Add(SettingMessage.UnresolvedKeyVaultReference(key));
        }
        else if (!Base64.IsValid(secret, out var length) || length < MinimumKeyBytes)
        {
            failures.Add(SettingMessage.Format(
                key,
                $"ต้องเป็น Base64 ยาวอย่างน้อย {MinimumKeyBytes} ไบต์ (สร้างด้วย: openssl rand -base64 32)",
                $"must be Base64 of at least {MinimumKeyBytes} bytes (generate with: openssl rand -base64 32)"));
        }
    }

    private static void CheckLifetimes(LinksOptions options, List<string> failures)
    {
        if (options.Lifetime < TimeSpan.FromDays(1) || options.Lifetime > TimeSpan.FromDays(366))
        {
            failures.Add(SettingMessage.Format(
                $"{Section}:{nameof(LinksOptions.Lifetime)}",
                $"ต้องอยู่ระหว่าง 1 ถึง 366 วัน (ค่าปัจจุบัน {options.Lifetime})",
                $"must be between 1 and 366 days (was {options.Lifetime})"));
        }

        if (options.RetiredKeyGracePeriod < options.Lifetime)
        {
            failures.Add(SettingMessage.Format(
                $"{Section}:{nameof(LinksOptions.RetiredKeyGracePeriod)}",
                $"ต้องไม่น้อยกว่า Lifetime ({options.Lifetime}) มิฉะนั้นลิงก์ที่ส่งไปแล้วจะใช้ไม่ได้ก่อนหมดอายุ (ค่าปัจจุบัน {options.RetiredKeyGracePeriod})",
                $"must be at least Lifetime ({options.Lifetime}) or links already sent stop working before they expire (was {options.RetiredKeyGracePeriod})"));
        }
    }
}
