namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>Formats a configuration error the way operators read it: the key, Thai first, English second.</summary>
internal static class SettingMessage
{
    private const string KeyVaultReferencePrefix = "@Microsoft.KeyVault(";

    public static string Format(string key, string thai, string english) => $"{key}: {thai} — {english}";

    /// <summary>
    /// App Service leaves a Key Vault reference as literal text when it cannot resolve it (missing
    /// secret, missing role); say so instead of reporting the reference as a bad value.
    /// </summary>
    public static bool IsUnresolvedKeyVaultReference(string? value) =>
        value is not null && value.TrimStart().StartsWith(KeyVaultReferencePrefix, StringComparison.OrdinalIgnoreCase);

    public static string UnresolvedKeyVaultReference(string key) => Format(
        key,
        "อ้างอิง Key Vault ยังไม่ถูกแปลงเป็นค่า (ตรวจว่ามี secret และ identity ของแอปมีสิทธิ์ Key Vault Secrets User)",
        "the Key Vault reference was not resolved (check the secret exists and the app's identity has Key Vault Secrets User)");

    public static string Required(string key) => Format(key, "ต้องระบุค่า", "a value is required");

    public static string Range(string key, long min, long max, long actual) => Format(
        key,
        $"ต้องอยู่ระหว่าง {min} ถึง {max} (ค่าปัจจุบัน {actual})",
        $"must be between {min} and {max} (was {actual})");
}
