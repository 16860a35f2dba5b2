namespace ItaWorkflow.Reports;

/// <summary>An open report file for download; dispose it to release the connection.</summary>
/// <param name="Content">The file's bytes as a stream.</param>
/// <param name="ContentType">MIME type of the file.</param>
/// <param name="FileName">File name to offer the browser.</param>
public sealed record ReportDownload(Stream Content, string ContentType, string FileName) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
