using System.Collections.Concurrent;
using System.Globalization;

namespace ItaWorkflow.Simulation;

/// <summary>
/// Counts SendEmail executions by command id; with a file it appends one line per execution (flushed at once) and
/// reads earlier lines back, so executions of killed runs count too.
/// </summary>
public sealed class EmailLedger
{
    private readonly ConcurrentQueue<EmailExecution> executions = new();
    private readonly string? path;
    private readonly Lock gate = new();

    public EmailLedger(string? path = null)
    {
        this.path = path;
        if (path is not null && File.Exists(path))
        {
            foreach (var line in File.ReadAllLines(path))
            {
                var parts = line.Split('\t');
                if (parts.Length == 3)
                {
                    executions.Enqueue(new EmailExecution(parts[0], parts[1], parts[2]));
                }
            }
        }
    }

    public IReadOnlyList<EmailExecution> Executions => [.. executions];

    /// <summary>Executions beyond the first of each command id.</summary>
    public int Duplicates => Executions.Count - Executions.Select(e => e.CommandId).Distinct(StringComparer.Ordinal).Count();

    public void Record(EmailExecution execution)
    {
        executions.Enqueue(execution);
        if (path is null)
        {
            return;
        }

        lock (gate)
        {
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            using var writer = new StreamWriter(stream);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{execution.CommandId}\t{execution.InstanceId}\t{execution.Template}"));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
    }
}
