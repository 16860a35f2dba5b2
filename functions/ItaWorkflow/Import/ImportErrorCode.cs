using System.Text.Json.Serialization;

namespace ItaWorkflow.Import;

/// <summary>Why a file could not be imported at all.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImportErrorCode>))]
public enum ImportErrorCode
{
    /// <summary>Nothing to read (or no file / parameters given).</summary>
    EmptyFile,

    /// <summary>Larger than the size limit; refused before reading.</summary>
    TooLarge,

    /// <summary>Text that is not UTF-8 (e.g. TIS-620).</summary>
    WrongEncoding,

    /// <summary>Binary data that is not a supported document.</summary>
    NotText,

    /// <summary>PDF, old .doc/.xls or another ZIP format.</summary>
    UnsupportedFormat,

    /// <summary>A damaged .docx/.xlsx.</summary>
    CorruptDocument,

    /// <summary>No plan table header was found.</summary>
    NoTable,

    /// <summary>A plan header was found but no measures.</summary>
    NoMeasures,

    /// <summary>A district admin sent a plan of another district.</summary>
    OtherDistrict,

    /// <summary>A .docx/.xlsx that unpacks to more than the limit, or compresses suspiciously well; refused before parsing.</summary>
    UnpacksTooLarge,

    /// <summary>A table wider than the column limit (also through merged cells) or with more cells than the cell limit.</summary>
    TooManyCells,
}
