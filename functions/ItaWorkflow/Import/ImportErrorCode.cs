using System.Text.Json.Serialization;

namespace ItaWorkflow.Import;

/// <summary>Why a file could not be imported at all.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImportErrorCode>))]
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
