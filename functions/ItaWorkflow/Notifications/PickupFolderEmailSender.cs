using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Notifications;

/// <summary>Writes each email as an .eml file (MIME, UTF-8) into a folder, for local runs and the dev mail viewer.</summary>
public sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, TimeProvider time) : IEmailSender
{
    public string Provider => nameof(EmailProvider.Pickup);

    public string Folder => options.Value.PickupFolder;

    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var now = time.GetUtcNow();
        var name = string.Create(CultureInfo.InvariantCulture, $"{now:yyyyMMdd-HHmmss}-{SafeName(message.Reference)}.eml");
        await File.WriteAllTextAsync(Path.Combine(Folder, name), Mime(message, now), Encoding.UTF8, cancellationToken);
        return new EmailSendResult(name);
    }

    /// <summary>The .eml files in the folder, newest first.</summary>
    public IReadOnlyList<FileInfo> List() =>
        Directory.Exists(Folder)
            ? [.. new DirectoryInfo(Folder).GetFiles("*.eml").OrderByDescending(f => f.Name, StringComparer.Ordinal)]
            : [];

    /// <summary>Opens one file by name; null for names outside the folder.</summary>
    public FileInfo? Find(string name) =>
        List().FirstOrDefault(f => f.Name == name);

    private string Mime(EmailMessage message, DateTimeOffset now)
    {
        var settings = options.Value;
        var boundary = "=_ita_" + Guid.NewGuid().ToString("N");
        var mime = new StringBuilder()
            .Append("From: ").Append(Encode(settings.FromName)).Append(" <").Append(settings.FromAddress).Append(">\r\n")
            .Append("To: <").Append(message.To).Append(">\r\n")
            .Append("Subject: ").Append(Encode(message.Subject)).Append("\r\n")
            .Append("Date: ").Append(now.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("X-Ita-Reference: ").Append(message.Reference).Append("\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: multipart/alternative; boundary=\"").Append(boundary).Append("\"\r\n\r\n");
        foreach (var (type, body) in new[] { ("text/plain", message.Text), ("text/html", message.Html) })
        {
            mime.Append("--").Append(boundary).Append("\r\n")
                .Append("Content-Type: ").Append(type).Append("; charset=utf-8\r\n")
                .Append("Content-Transfer-Encoding: base64\r\n\r\n")
                .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(body), Base64FormattingOptions.InsertLineBreaks)).Append("\r\n");
        }

        return mime.Append("--").Append(boundary).Append("--\r\n").ToString();
    }

    private static string Encode(string header) => $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(header))}?=";

    private static string SafeName(string reference) =>
        string.Concat(reference.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
