using System.Collections.Concurrent;
using ItaWorkflow.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace ItaWorkflow.Tests.Hosting;

public sealed class InstanceLogScopeTests
{
    [Fact]
    public async Task Exported_log_records_carry_the_instance_id_and_event_of_their_scope()
    {
        var recorder = new ScopeRecorder();
        var builder = WebApplication.CreateBuilder();
        builder.AddTelemetry();
        builder.Logging.AddOpenTelemetry(logging => logging.AddProcessor(recorder));
        await using var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ItaWorkflow.Workflow");

        using (logger.BeginInstanceScope("m-2567-01", "ProgressSubmitted"))
        {
            logger.LogInformation("Progress recorded at {Percent} percent", 40);
        }

        var scope = Assert.Single(recorder.Scopes, s => s.Message == "Progress recorded at 40 percent").Values;
        Assert.Equal("m-2567-01", scope["InstanceId"]);
        Assert.Equal("ProgressSubmitted", scope["Event"]);
    }

    private sealed class ScopeRecorder : BaseProcessor<LogRecord>
    {
        public ConcurrentBag<(string? Message, Dictionary<string, object?> Values)> Scopes { get; } = [];

        public override void OnEnd(LogRecord data)
        {
            var values = new Dictionary<string, object?>();
            data.ForEachScope(
                (scope, state) =>
                {
                    foreach (var (key, value) in scope)
                    {
                        state[key] = value;
                    }
                },
                values);
            Scopes.Add((data.FormattedMessage, values));
        }
    }
}
