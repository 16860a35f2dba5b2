using ItaWorkflow.Admin;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>
/// Refuses guessable admin keys, an empty role, unreadable group mappings, and a non-Development start (Azure included)
/// where nobody could sign in: neither the App Service principal trusted nor a key configured.
/// </summary>
public sealed class AdminOptionsValidator(IHostEnvironment environment) : IValidateOptions<AdminOptions>
{
    /// <summary>Keys are typed by people but guessed by machines: 24 characters of a generated key is ~144 bits.</summary>
    public const int MinimumKeyLength = 24;

    private const string Section = AdminOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var failures = new List<string>();
        var keys = new[] { (nameof(AdminOptions.Key), options.Key), (nameof(AdminOptions.ReaderKey), options.ReaderKey) }
            .Concat(options.DistrictKeys.Select(d => ($"{nameof(AdminOptions.DistrictKeys)}:{d.Key}", d.Value)))
            .ToList();
        foreach (var (setting, key) in keys.Where(k => k.Item2.Length is > 0 and < MinimumKeyLength))
        {
            failures.Add(SettingMessage.Format(
                $"{Section}:{setting}",
                $"ต้องยาวอย่างน้อย {MinimumKeyLength} ตัวอักษร หรือเว้นว่าง",
                $"must be at least {MinimumKeyLength} characters, or empty"));
        }

        if (string.IsNullOrWhiteSpace(options.Role))
        {
            failures.Add(SettingMessage.Required($"{Section}:{nameof(AdminOptions.Role)}"));
        }

        foreach (var (group, value) in options.Groups.Where(g => AdminGroupRole.Parse(g.Value) is null))
        {
            failures.Add(SettingMessage.Format(
                $"{Section}:{nameof(AdminOptions.Groups)}:{group}",
                $"ต้องเป็น central, reader หรือ district:ชื่อเขต (ค่าปัจจุบัน '{value}')",
                $"must be central, reader or district:name (was '{value}')"));
        }

        if (!environment.IsDevelopment() && !options.TrustAppServicePrincipal && keys.All(k => k.Item2.Length == 0))
        {
            failures.Add(SettingMessage.Format(
                $"{Section}:{nameof(AdminOptions.Key)}",
                $"ต้องระบุรหัสผู้ดูแล (ยาว ≥ {MinimumKeyLength} ตัวอักษร) หรือตั้ง {Section}:{nameof(AdminOptions.TrustAppServicePrincipal)}=true หลัง App Service Authentication (Entra ID) นอกโหมด Development จะไม่สร้างรหัสให้",
                $"set an admin key (≥ {MinimumKeyLength} characters) or {Section}:{nameof(AdminOptions.TrustAppServicePrincipal)}=true behind App Service Authentication (Entra ID); outside Development no key is generated"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
