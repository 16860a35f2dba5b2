namespace ItaWorkflow.Reports;

/// <summary>One piece of evidence attached to progress: an uploaded file or an external link.</summary>
/// <param name="FileName">What to show for the link (file name or link title).</param>
/// <param name="Url">Blob URL of an uploaded file, or the external URL.</param>
/// <param name="Thumbnail">Small PNG or JPEG bytes to embed in the DOCX, when the evidence is an image.</param>
public sealed record EvidenceItem(string FileName, string Url, byte[]? Thumbnail = null);
