namespace ItaWorkflow.Import;

/// <summary>A file that cannot be imported; nothing is stored.</summary>
/// <param name="Code">The reason.</param>
/// <param name="Message">Explanation in Thai.</param>
/// <param name="MessageEn">Explanation in English.</param>
public sealed record ImportError(ImportErrorCode Code, string Message, string MessageEn)
{
    /// <summary>Thai first, English second, for one-line display.</summary>
    public override string ToString() => $"{Message} / {MessageEn}";
}
