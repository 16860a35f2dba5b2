namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>How long finished instances are kept (section <c>Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Days after an instance finishes before the daily purge deletes it and its history.</summary>
    public int Days { get; set; } = 365;
}
