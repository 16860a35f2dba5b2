namespace ItaWorkflow.Storage;

/// <summary>A batch would span partitions, which Azure Table Storage rejects.</summary>
public sealed class CrossPartitionBatchException(IReadOnlyList<string> partitions)
    : InvalidOperationException(
        $"Refused a transactional batch spanning {partitions.Count} partitions ({string.Join(", ", partitions.Take(3))}…); " +
        "Azure Table Storage only commits batches within one partition.")
{
    public IReadOnlyList<string> Partitions { get; } = partitions;
}
