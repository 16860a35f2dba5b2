namespace ItaWorkflow.Import;

/// <summary>Limits and the division directory used by <see cref="PlanImporter"/>.</summary>
public sealed record ImportOptions
{
    /// <summary>Default size limit: 10 MB, far above any real plan.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>Files larger than this are refused before they are read.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The district's divisions; <see cref="DefaultDivisions.All"/> when not given.</summary>
    public IReadOnlyList<DivisionCatalog> Divisions { get; init; } = DefaultDivisions.All;
}
