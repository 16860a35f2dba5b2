using Microsoft.Extensions.Options;

namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>Refuses guessable admin keys and an empty role.</summary>
public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public const int MinimumKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var failures = new List<string>();
        var keys = new[] { (nameof(AdminOptions.Key), options.Key), (nameof(AdminOptions.ReaderKey), options.ReaderKey) }
            .Concat(options.DistrictKeys.Select(d => ($"{nameof(AdminOptions.DistrictKeys)}:{d.Key}", d.Value)));
        foreach (var (setting, key) in keys.Where(k => k.Item2.Length is > 0 and < MinimumKeyLength))
        {
            failures.Add(SettingMessage.Format(
                $"{AdminOptions.SectionName}:{setting}",
                $"ต้องยาวอย่างน้อย {MinimumKeyLength} ตัวอักษร หรือเว้นว่าง",
                $"must be at least {MinimumKeyLength} characters, or empty"));
        }

        if (string.IsNullOrWhiteSpace(options.Role))
        {
            failures.Add(SettingMessage.Required($"{AdminOptions.SectionName}:{nameof(AdminOptions.Role)}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
