using Microsoft.Extensions.Options;

namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>Keeps retention long enough that a fiscal year's reports can still be compiled and audited.</summary>
public sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public const int MinimumDays = 30;
    public const int MaximumDays = 3650;

    public ValidateOptionsResult Validate(string? name, RetentionOptions options) =>
        options.Days is < MinimumDays or > MaximumDays
            ? ValidateOptionsResult.Fail(SettingMessage.Range($"{RetentionOptions.SectionName}:{nameof(RetentionOptions.Days)}", MinimumDays, MaximumDays, options.Days))
            : ValidateOptionsResult.Success;
}
