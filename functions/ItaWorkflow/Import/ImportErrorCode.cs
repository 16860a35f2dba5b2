namespace ItaWorkflow.Import;

/// <summary>Why a file could not be imported at all.</summary>
public enum ImportErrorCode
{
    EmptyFile,
    TooLarge,
    WrongEncoding,
    NotText,
    UnsupportedFormat,
    CorruptDocument,
    NoTable,
    NoMeasures,
}
