namespace ItaWorkflow.Import;

/// <summary>Limits and the division directory used by <see cref="PlanImporter"/>.</summary>
public sealed record ImportOptions
{
    /// <summary>Default size limit: 10 MB, far above any real plan.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>Default limit on all parts of a .docx/.xlsx once unpacked: 20 MB.</summary>
    public const long DefaultMaxUnpackedBytes = 20 * 1024 * 1024;

    /// <summary>
    /// Default limit on the XML parts together once unpacked: 8 MB. Parsed XML costs about 15 times its size in memory
    /// at worst; real plans' XML is well under 2 MB.
    /// </summary>
    public const long DefaultMaxXmlBytes = 8 * 1024 * 1024;

    /// <summary>Default highest unpacked-to-packed ratio of a part larger than <see cref="RatioCheckedFromBytes"/>.</summary>
    public const int DefaultMaxCompressionRatio = 100;

    /// <summary>Parts smaller than this unpacked are not judged by their ratio; tiny parts compress oddly.</summary>
    public const long RatioCheckedFromBytes = 1024 * 1024;

    /// <summary>Default widest table row, counting cells a merged cell spans: 200 columns.</summary>
    public const int DefaultMaxColumns = 200;

    /// <summary>Default most cells in a document, counting spanned cells and at least one per row: 20,000.</summary>
    public const int DefaultMaxCells = 20_000;

    /// <summary>Files larger than this are refused before they are read.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>A .docx/.xlsx whose parts together unpack to more than this is refused before it is parsed.</summary>
    public long MaxUnpackedBytes { get; init; } = DefaultMaxUnpackedBytes;

    /// <summary>A .docx/.xlsx whose XML parts together unpack to more than this is refused before it is parsed.</summary>
    public long MaxXmlBytes { get; init; } = DefaultMaxXmlBytes;

    /// <summary>A part that unpacks to more than this many times its packed size is refused as a ZIP bomb.</summary>
    public int MaxCompressionRatio { get; init; } = DefaultMaxCompressionRatio;

    /// <summary>A table row (or a span within it) wider than this is refused.</summary>
    public int MaxColumns { get; init; } = DefaultMaxColumns;

    /// <summary>A document with more cells than this is refused.</summary>
    public int MaxCells { get; init; } = DefaultMaxCells;

    /// <summary>The district's divisions; <see cref="DefaultDivisions.All"/> when not given.</summary>
    public IReadOnlyList<DivisionCatalog> Divisions { get; init; } = DefaultDivisions.All;
}
