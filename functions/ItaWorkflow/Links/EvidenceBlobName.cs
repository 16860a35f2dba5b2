using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ItaWorkflow.Links;

/// <summary>
/// The one shape of evidence blob name the app writes and serves: <c>{instanceId}/{period}/{32 hex}-{safe file name}</c>.
/// Storage URIs collapse dot segments and decode escapes, so a name of any other shape could reach a blob outside
/// the instance (or outside the evidence container); such names are refused on save and on open alike.
/// </summary>
public sealed record EvidenceBlobName
{
    private const int IdLength = 32;

    private EvidenceBlobName(string instanceId, int period, string id, string fileName)
    {
        InstanceId = instanceId;
        Period = period;
        Id = id;
        FileName = fileName;
    }

    public string InstanceId { get; }

    public int Period { get; }

    /// <summary>32 lower-case hex digits that keep two uploads of the same file apart.</summary>
    public string Id { get; }

    /// <summary>The file name as <see cref="EvidenceRules.SafeFileName"/> cleaned it.</summary>
    public string FileName { get; }

    public string Value => $"{InstanceId}/{Period.ToString(CultureInfo.InvariantCulture)}/{Id}-{FileName}";

    public override string ToString() => Value;

    /// <summary>The name for a new upload; throws <see cref="ArgumentException"/> when the parts cannot form a valid name.</summary>
    public static EvidenceBlobName Create(string instanceId, int period, Guid id, string fileName)
    {
        var value = $"{instanceId}/{period.ToString(CultureInfo.InvariantCulture)}/{id:N}-{EvidenceRules.SafeFileName(fileName)}";
        return TryParse(value, out var name)
            ? name
            : throw new ArgumentException($"No valid evidence blob name for instance '{instanceId}' and file '{fileName}'.", nameof(fileName));
    }

    /// <summary>True when <paramref name="value"/> has exactly the shape the app writes.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out EvidenceBlobName? name)
    {
        name = null;
        if (string.IsNullOrEmpty(value) || value.Length > 1024 || value.Any(IsForbidden))
        {
            return false;
        }

        var segments = value.Split('/');
        if (segments.Length != 3 || segments[0] is "" or "." or ".." || !IsPeriod(segments[1]))
        {
            return false;
        }

        var last = segments[2];
        if (last.Length < IdLength + 2 || last[IdLength] != '-' || !last[..IdLength].All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        var fileName = last[(IdLength + 1)..];
        if (EvidenceRules.SafeFileName(fileName) != fileName)
        {
            return false;
        }

        name = new EvidenceBlobName(segments[0], int.Parse(segments[1], CultureInfo.InvariantCulture), last[..IdLength], fileName);
        return true;
    }

    /// <summary>True when <paramref name="value"/> is a valid name of a blob of <paramref name="instanceId"/>.</summary>
    public static bool IsValidFor(string? value, string instanceId) => TryParse(value, out var name) && name.InstanceId == instanceId;

    private static bool IsPeriod(string segment) =>
        segment.Length is > 0 and <= 3 && segment.All(char.IsAsciiDigit) && (segment == "0" || segment[0] != '0');

    private static bool IsForbidden(char c) =>
        c is '\\' or '%' or '?' or '#' || char.IsControl(c) || char.IsSurrogate(c) || EvidenceRules.IsInvisible(c);
}
