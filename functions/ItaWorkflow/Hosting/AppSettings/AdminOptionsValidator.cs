using Microsoft.Extensions.Options;

namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>Refuses guessable admin keys and an empty role.</summary>
public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public const int MinimumKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var failures = new List<string>();
        if (options.Key.Length is > 0 and < MinimumKeyLength)
        {
            failures.Add(SettingMessage.Format(
                $"{AdminOptions.SectionName}:{nameof(AdminOptions.Key)}",
                $"ต้องยาวอย่างน้อย {MinimumKeyLength} ตัวอักษร หรือเว้นว่างเพื่อให้ระบบสร้างให้",
                $"must be at least {MinimumKeyLength} characters, or empty to have one generated"));
        }

        if (string.IsNullOrWhiteSpace(options.Role))
        {
            failures.Add(SettingMessage.Required($"{AdminOptions.SectionName}:{nameof(AdminOptions.Role)}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
