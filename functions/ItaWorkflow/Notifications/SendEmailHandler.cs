using System.Globalization;
using ItaWorkflow.Directories;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Links;
using ItaWorkflow.Reports;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Plans;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Notifications;

/// <summary>
/// Executes <see cref="SendEmail"/>: resolves the audience from the directory, renders one email per recipient with
/// that recipient's signed link, and records each in the Emails table. Idempotent per recipient: a record already
/// Sent or Failed is skipped, and one being sent by another consumer within the sending lease is left to it (this
/// attempt fails and is retried later), so a repeated activity never sends twice. A permanent refusal (4xx) is recorded as Failed and not thrown, so it is not
/// retried; transient failures (5xx, 429, network) are thrown after the other recipients were tried.
/// </summary>
public sealed partial class SendEmailHandler(
    IDirectoryStore directory,
    IEmailSender sender,
    EmailLog log,
    DeliveryProblemLog problems,
    LinkSigner links,
    TimeProvider time,
    IOptions<EmailOptions> email,
    ILogger<SendEmailHandler> logger) : ICommandHandler
{
    private static readonly TimeSpan BangkokOffset = TimeSpan.FromHours(7);

    public bool RequiresClaim => false;

    public Type CommandType => typeof(SendEmail);

    public async Task ExecuteAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var command = (SendEmail)entry.Command;
        var instanceId = command.Data.TryGetValue("instanceId", out var id) ? id : entry.InstanceId;
        var district = await directory.GetAsync(command.District, cancellationToken);
        if (district is null)
        {
            var missing = $"ไม่พบทะเบียนหน่วยงานของเขต {command.District} (no directory for district {command.District}).";
            await problems.RecordAsync(new DeliveryProblem(command.District, instanceId, NoRecipient(command.Audience), command.Template, missing, time.GetUtcNow()), cancellationToken);
            throw new InvalidOperationException(missing);
        }

        await NoteUnreachableDivisionsAsync(command, instanceId, district, cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(BangkokOffset).DateTime);
        var recipients = district.Recipients(command.Audience, command.Divisions, today);
        if (recipients.Count == 0)
        {
            var none = $"ไม่พบผู้รับ ({command.Audience}) ในทะเบียนหน่วยงาน (no recipient in the directory).";
            await log.ClaimAsync(
                new EmailRecord(instanceId, $"{entry.RowKey}-none", "", command.Template, command.Template, EmailStatus.Failed, sender.Provider, null, 0, none, time.GetUtcNow()),
                cancellationToken);
            await problems.RecordAsync(new DeliveryProblem(command.District, instanceId, NoRecipient(command.Audience), command.Template, none, time.GetUtcNow()), cancellationToken);
            LogNoRecipient(instanceId, command.Template, command.Audience);
            return;
        }

        Exception? transient = null;
        for (var i = 0; i < recipients.Count; i++)
        {
            try
            {
                await SendOneAsync(entry, command, instanceId, recipients[i], i, district, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                transient ??= e;
            }
        }

        if (transient is not null)
        {
            throw transient;
        }
    }

    private async Task SendOneAsync(
        OutboxEntry entry, SendEmail command, string instanceId, DirectoryRecipient recipient, int index, DistrictDirectory district,
        CancellationToken cancellationToken)
    {
        var task = command.Data.TryGetValue("task", out var t) ? t : "none";
        var period = PeriodOf(command.Data);
        var role = recipient.Role;
        var token = links.Sign(instanceId, task, role, recipient.Email, recipient.Division, period);
        var rendered = EmailTemplates.Render(
            command.Template, DataFor(command, recipient), GreetingFor(recipient, district), links.UrlFor(token), role, SignOffFor(district));
        var rowKey = string.Create(CultureInfo.InvariantCulture, $"{entry.RowKey}-{index:D3}");
        var (record, created) = await log.ClaimAsync(
            new EmailRecord(instanceId, rowKey, recipient.Email, command.Template, rendered.Subject, EmailStatus.Sending, sender.Provider, null, 0, null, time.GetUtcNow()),
            cancellationToken);
        if (!created && record.Status is EmailStatus.Sent or EmailStatus.Failed)
        {
            return;
        }

        if (!created && record.Status == EmailStatus.Sending && record.UpdatedAt + email.Value.SendingLease > time.GetUtcNow())
        {
            // A duplicate delivery while the first is still sending: back off rather than send twice. After the
            // lease, a record still "Sending" means that consumer died, and this one takes over.
            throw new InvalidOperationException(
                $"อีเมล {rowKey} กำลังส่งโดยอีกงานหนึ่ง จะลองใหม่ภายหลัง (email {rowKey} is being sent by another consumer; retrying later).");
        }

        var message = new EmailMessage(recipient.Email, rendered.Subject, rendered.Html, rendered.Text, $"{instanceId}/{rowKey}");
        var attempts = record.Attempts + 1;
        try
        {
            var result = await sender.SendAsync(message, cancellationToken);
            await log.UpdateAsync(
                record with { Status = EmailStatus.Sent, ProviderMessageId = result.ProviderMessageId, Attempts = attempts, LastError = null, UpdatedAt = time.GetUtcNow() },
                cancellationToken);
            await problems.ClearAsync(command.District, instanceId, recipient.Email, cancellationToken);
            await problems.ClearAsync(command.District, instanceId, NoRecipient(command.Audience), cancellationToken);
            LogSent(instanceId, command.Template, index);
        }
        catch (EmailDeliveryException e) when (e.Permanent)
        {
            await log.UpdateAsync(record with { Status = EmailStatus.Failed, Attempts = attempts, LastError = e.Message, UpdatedAt = time.GetUtcNow() }, cancellationToken);
            await problems.RecordAsync(new DeliveryProblem(command.District, instanceId, recipient.Email, command.Template, e.Message, time.GetUtcNow()), cancellationToken);
            LogRefused(instanceId, command.Template, index, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await log.UpdateAsync(record with { Status = EmailStatus.Retrying, Attempts = attempts, LastError = e.Message, UpdatedAt = time.GetUtcNow() }, cancellationToken);
            throw;
        }
    }

    // A division the directory cannot reach gets no email at all, so nothing else would show it failed.
    private async Task NoteUnreachableDivisionsAsync(SendEmail command, string instanceId, DistrictDirectory district, CancellationToken cancellationToken)
    {
        if (command.Audience != EmailAudience.Division)
        {
            return;
        }

        var unreachable = DirectoryCoverage.Unreachable(district, command.Divisions);
        foreach (var division in command.Divisions.Select(d => d.Trim()).Where(d => d.Length > 0).Distinct())
        {
            var key = $"(ไม่มีในทะเบียน: {division})";
            if (unreachable.Contains(division))
            {
                var error = $"ฝ่าย {division} ไม่มีในทะเบียนหน่วยงานหรือไม่มีอีเมล (division not in the directory or without an email).";
                await problems.RecordAsync(new DeliveryProblem(command.District, instanceId, key, command.Template, error, time.GetUtcNow()), cancellationToken);
            }
            else
            {
                await problems.ClearAsync(command.District, instanceId, key, cancellationToken);
            }
        }
    }

    // A missing directory or address is one problem per audience of a case, cleared by the next delivery to that audience.
    private static string NoRecipient(EmailAudience audience) => $"(ไม่มีผู้รับ: {audience})";

    // Plan links carry the report round where measure links carry the period.
    private static int PeriodOf(IReadOnlyDictionary<string, string> data) =>
        data.TryGetValue("round", out var round) && Enum.TryParse<ReportRound>(round, out var r) ? (int)r
        : data.TryGetValue("period", out var p) && int.TryParse(p, CultureInfo.InvariantCulture, out var n) ? n
        : -1;

    // Official letters are addressed to a position: a division's mail goes to its head's position too.
    private static string GreetingFor(DirectoryRecipient recipient, DistrictDirectory district) => recipient.Role switch
    {
        DirectoryRole.Division or DirectoryRole.DivisionHead => $"หัวหน้า{recipient.Division}",
        DirectoryRole.Director => ReportText.DirectorPosition(district.District),
        _ => $"ผู้ประสานงาน ITA {ReportText.OfficeName(district.District)}",
    };

    private static EmailSignOff SignOffFor(DistrictDirectory district) =>
        new(ReportText.OfficeName(district.District), district.CoordinatorName, district.CoordinatorEmails.FirstOrDefault(), district.ContactPhone);

    // Escalations name the late divisions, which the command carries beside the data; a head hears of their own.
    private static IReadOnlyDictionary<string, string> DataFor(SendEmail command, DirectoryRecipient recipient)
    {
        var late = recipient is { Role: DirectoryRole.DivisionHead, Division: { Length: > 0 } own } ? own : string.Join(", ", command.Divisions);
        if (command.Data.ContainsKey("divisions") || late.Length == 0)
        {
            return command.Data;
        }

        return new Dictionary<string, string>(command.Data) { ["divisions"] = late };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Template} for {InstanceId} to recipient {Index}")]
    private partial void LogSent(string instanceId, string template, int index);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Provider refused {Template} for {InstanceId} to recipient {Index}: {Error}")]
    private partial void LogRefused(string instanceId, string template, int index, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No recipient for {Template} of {InstanceId} ({Audience})")]
    private partial void LogNoRecipient(string instanceId, string template, EmailAudience audience);
}
