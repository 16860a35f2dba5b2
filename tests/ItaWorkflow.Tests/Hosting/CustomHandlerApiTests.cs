using System.Net;
using System.Text;
using System.Text.Json;
using ItaWorkflow.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Hosting;

public sealed class CustomHandlerApiTests : IAsyncLifetime
{
    // Shapes as documented for custom handlers: Data keyed by binding name, Metadata from the trigger plus "sys".
    private const string TimerInvocation = """
        {
          "Data": {
            "timer": {
              "Schedule": { "AdjustForDST": true },
              "ScheduleStatus": {
                "Last": "2026-11-23T09:40:00+00:00",
                "Next": "2026-11-23T09:41:00+00:00",
                "LastUpdated": "2026-11-23T09:40:00+00:00"
              },
              "IsPastDue": false
            }
          },
          "Metadata": {
            "sys": { "MethodName": "Ticker", "UtcNow": "2026-11-23T09:41:00.0123456Z", "RandGuid": "4f0b5a6e-4c1f-4d59-9d1a-0c2b8f0e8d11" }
          }
        }
        """;

    private const string QueueInvocation = """
        {
          "Data": {
            "message": "{\"kind\":\"dispatch\",\"instanceId\":\"m-2567-01\",\"outboxId\":\"7\"}"
          },
          "Metadata": {
            "DequeueCount": 3,
            "ExpirationTime": "2026-11-30T09:41:00+00:00",
            "Id": "800ae4b3-bdd2-4c08-badd-f08e5a34b865",
            "InsertionTime": "2026-11-23T09:41:00+00:00",
            "NextVisibleTime": "2026-11-23T09:41:30+00:00",
            "PopReceipt": "AgAAAAMAAAAAAAAAAgtnj8x+1QE=",
            "sys": { "MethodName": "WorkQueue", "UtcNow": "2026-11-23T09:41:01Z", "RandGuid": "24ad4c06-24ad-4e5b-8294-3da9714877e9" }
          }
        }
        """;

    private readonly RecordingTimerTicker ticker = new(firedPerTick: 3);
    private readonly RecordingWorkItemProcessor processor = new();
    private readonly RecordingRetentionJob retention = new(purgedPerRun: 12);
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<ITimerTicker>(ticker);
        builder.Services.AddSingleton<IWorkItemProcessor>(processor);
        builder.Services.AddSingleton<IRetentionJob>(retention);
        app = builder.Build();
        app.MapCustomHandlerApi();
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Ticker_invocation_runs_one_tick_and_answers_with_outputs_logs_and_return_value()
    {
        var (status, response) = await InvokeAsync(FunctionNames.Ticker, TimerInvocation);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, ticker.Ticks);
        AssertInvocationResponseShape(response);
        Assert.Contains("fired 3 timer(s)", LogLines(response).Single());
    }

    [Fact]
    public async Task Past_due_ticker_invocation_still_ticks_and_says_so_in_the_log()
    {
        var pastDue = TimerInvocation.Replace("\"IsPastDue\": false", "\"IsPastDue\": true", StringComparison.Ordinal);

        var (status, response) = await InvokeAsync(FunctionNames.Ticker, pastDue);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, ticker.Ticks);
        Assert.Contains("past due", LogLines(response).Single());
    }

    [Fact]
    public async Task WorkQueue_invocation_hands_the_message_body_and_dequeue_count_to_the_processor()
    {
        var (status, response) = await InvokeAsync(FunctionNames.WorkQueue, QueueInvocation);

        Assert.Equal(HttpStatusCode.OK, status);
        var (body, dequeueCount) = Assert.Single(processor.Received);
        Assert.Equal("""{"kind":"dispatch","instanceId":"m-2567-01","outboxId":"7"}""", body);
        Assert.Equal(3, dequeueCount);
        AssertInvocationResponseShape(response);
        Assert.Contains("800ae4b3-bdd2-4c08-badd-f08e5a34b865", LogLines(response).Single());
    }

    [Fact]
    public async Task WorkQueue_message_the_host_already_parsed_as_json_reaches_the_processor_as_json_text()
    {
        var parsed = QueueInvocation.Replace(
            "\"{\\\"kind\\\":\\\"dispatch\\\",\\\"instanceId\\\":\\\"m-2567-01\\\",\\\"outboxId\\\":\\\"7\\\"}\"",
            """{"kind":"dispatch","instanceId":"m-2567-01","outboxId":"7"}""",
            StringComparison.Ordinal);
        Assert.NotEqual(QueueInvocation, parsed);

        var (status, _) = await InvokeAsync(FunctionNames.WorkQueue, parsed);

        Assert.Equal(HttpStatusCode.OK, status);
        using var received = JsonDocument.Parse(Assert.Single(processor.Received).Body);
        Assert.Equal("m-2567-01", received.RootElement.GetProperty("instanceId").GetString());
    }

    [Fact]
    public async Task WorkQueue_invocation_without_dequeue_count_counts_as_first_delivery()
    {
        const string bare = """{ "Data": { "message": "plain text" }, "Metadata": {} }""";

        var (status, _) = await InvokeAsync(FunctionNames.WorkQueue, bare);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("plain text", 1L), Assert.Single(processor.Received));
    }

    [Fact]
    public async Task Failing_work_item_fails_the_invocation_so_the_host_retries_the_message()
    {
        processor.FailWith = new InvalidOperationException("storage unavailable");

        var (status, response) = await InvokeAsync(FunctionNames.WorkQueue, QueueInvocation);

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        AssertInvocationResponseShape(response);
        Assert.Contains("storage unavailable", LogLines(response).Single());
    }

    [Fact]
    public async Task WorkQueue_invocation_without_a_message_is_refused_with_a_thai_and_english_reason()
    {
        var (status, response) = await InvokeAsync(FunctionNames.WorkQueue, """{ "Data": {}, "Metadata": { "DequeueCount": 1 } }""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Empty(processor.Received);
        var reason = LogLines(response).Single();
        Assert.Contains("ไม่พบข้อความคิว", reason);
        Assert.Contains("no queue message", reason);
    }

    [Fact]
    public async Task Retention_invocation_purges_once_and_reports_the_count()
    {
        var (status, response) = await InvokeAsync(FunctionNames.Retention, TimerInvocation);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, retention.Runs);
        AssertInvocationResponseShape(response);
        Assert.Contains("purged 12 instance(s)", LogLines(response).Single());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> InvokeAsync(string function, string payload)
    {
        using var content = new StringContent(payload, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/" + function, content);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    private static void AssertInvocationResponseShape(JsonElement response)
    {
        Assert.Equal(["Outputs", "Logs", "ReturnValue"], response.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Object, response.GetProperty("Outputs").ValueKind);
        Assert.Equal(JsonValueKind.Array, response.GetProperty("Logs").ValueKind);
        Assert.Equal(JsonValueKind.Null, response.GetProperty("ReturnValue").ValueKind);
    }

    private static IReadOnlyList<string> LogLines(JsonElement response) =>
        [.. response.GetProperty("Logs").EnumerateArray().Select(line => line.GetString() ?? "")];
}
