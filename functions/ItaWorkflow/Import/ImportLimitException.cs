namespace ItaWorkflow.Import;

/// <summary>Thrown by the table readers when a document goes past an <see cref="ImportOptions"/> limit.</summary>
internal sealed class ImportLimitException(ImportError error) : Exception(error.MessageEn)
{
    public ImportError Error { get; } = error;
}
