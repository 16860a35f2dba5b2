using Microsoft.Extensions.Options;

namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>Refuses a key-encryption key that is not Base64 of exactly 32 bytes, and an unresolved Key Vault reference.</summary>
public sealed class KeyRingOptionsValidator : IValidateOptions<KeyRingOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyRingOptions options)
    {
        const string key = $"{KeyRingOptions.SectionName}:{nameof(KeyRingOptions.KeyEncryptionKey)}";
        if (options.KeyEncryptionKey.Length == 0)
        {
            return ValidateOptionsResult.Success;
        }

        if (SettingMessage.IsUnresolvedKeyVaultReference(options.KeyEncryptionKey))
        {
            return ValidateOptionsResult.Fail(SettingMessage.UnresolvedKeyVaultReference(key));
        }

        return options.KeyEncryptionKeyBytes() is null
            ? ValidateOptionsResult.Fail(SettingMessage.Format(
                key, "ต้องเป็น Base64 ของข้อมูลสุ่ม 32 ไบต์ (openssl rand -base64 32)", "must be Base64 of 32 random bytes (openssl rand -base64 32)"))
            : ValidateOptionsResult.Success;
    }
}
