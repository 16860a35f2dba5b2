using System.Collections.Concurrent;
using ItaWorkflow.Notifications;

namespace ItaWorkflow.Tests.Notifications;

/// <summary>An in-memory provider: records accepted emails with the fake clock's time; can refuse addresses or fail transiently.</summary>
public sealed class MemoryEmailSender(TimeProvider time) : IEmailSender
{
    private readonly ConcurrentQueue<(EmailMessage Message, DateTimeOffset At)> sent = new();

    public string Provider => "Memory";

    public IReadOnlyList<(EmailMessage Message, DateTimeOffset At)> Sent => [.. sent];

    /// <summary>Addresses the provider refuses with 400.</summary>
    public HashSet<string> BadAddresses { get; } = [];

    /// <summary>How many more sends answer 503.</summary>
    public int TransientFailures { get; set; }

    public Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (BadAddresses.Contains(message.To))
        {
            throw new EmailDeliveryException("400 invalid address", 400, permanent: true);
        }

        if (TransientFailures > 0)
        {
            TransientFailures--;
            throw new EmailDeliveryException("503 unavailable", 503, permanent: false);
        }

        sent.Enqueue((message, time.GetUtcNow()));
        return Task.FromResult(new EmailSendResult("mem-" + sent.Count));
    }
}
