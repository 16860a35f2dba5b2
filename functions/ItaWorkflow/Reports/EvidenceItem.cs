namespace ItaWorkflow.Reports;

/// <summary>One piece of evidence attached to progress: an uploaded file or an external link.</summary>
/// <param name="FileName">What to show: the uploaded file's name or the link's title.</param>
/// <param name="Url">The external URL a division gave; empty for an uploaded file, whose storage address is never published.</param>
/// <param name="Thumbnail">Small PNG or JPEG bytes to embed in the DOCX, when the evidence is an image.</param>
public sealed record EvidenceItem(string FileName, string Url, byte[]? Thumbnail = null);
