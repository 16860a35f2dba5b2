using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ItaWorkflow.Directories;
using ItaWorkflow.Hosting;
using ItaWorkflow.Links;
using ItaWorkflow.Notifications;
using ItaWorkflow.Storage;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ItaWorkflow.Bench;

/// <summary>
/// The real app (<see cref="WebApp"/> with its local pumps) on a loopback port against Azurite. Each simulated user, with
/// its own cookies, opens a signed progress link and posts the progress form as a browser would (antiforgery field
/// included), pausing between requests; every round uses a fresh measure that waits for progress. Emails are counted,
/// not sent. Two warm-up requests run first and are not counted; storage calls per request are counted in one more
/// round after the timed ones.
/// </summary>
public static partial class LinkLoadBench
{
    private const string Division = "ฝ่ายทะเบียน";
    private const string DivisionMail = "registry@bench.example";
    private const string Saved = "บันทึกเรียบร้อยแล้ว";
    private const int WarmUp = 2;

    public static async Task<LinkLoadBenchResult> RunAsync(
        string connectionString, int users, int rounds, double? thinkSeconds, int seed, CancellationToken cancellationToken = default)
    {
        var mailFolder = Directory.CreateTempSubdirectory("ita-links-bench-").FullName;
        await using var app = WebApp.Build(
        [
            "--urls=http://127.0.0.1:0", "--environment=Production", "--Logging:LogLevel:Default=Warning",
            "--Storage:ConnectionString=" + connectionString, "--Storage:Prefix=links" + Guid.NewGuid().ToString("N")[..8],
            "--Admin:Key=" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), "--Email:Pickup:Folder=" + mailFolder,
            "--Links:SigningKeys:0:Id=bench", "--Links:SigningKeys:0:Secret=" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            "--Links:CurrentKeyId=bench",
        ], builder =>
        {
            // The measured fiscal year starts "now", so period 0 of every measure is open.
            builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2023, 10, 1, 9, 0, 0, TimeSpan.FromHours(7))));
            builder.Services.AddSingleton<IEmailSender, CountingEmailSender>();
        });
        var storage = app.Services.GetRequiredService<StorageClients>();
        await storage.EnsureCreatedAsync(cancellationToken);
        await app.StartAsync(cancellationToken);
        var baseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var ids = await SeedAsync(app.Services, WarmUp + (users * (rounds + 1)), cancellationToken);
        await WaitForQuietQueueAsync(storage, cancellationToken);

        var signer = app.Services.GetRequiredService<LinkSigner>();
        string PathOf(int index) => "/l/" + signer.Sign(ids[index], "progress", DirectoryRole.Division, DivisionMail, Division, 0);
        var run = new Run();
        await new User(baseAddress, new Random(seed), _ => TimeSpan.Zero, new Run()).RunAsync(Enumerable.Range(0, WarmUp).Select(PathOf));

        var think = thinkSeconds is { } fixedSeconds ? (Func<Random, TimeSpan>)(_ => TimeSpan.FromSeconds(fixedSeconds)) : r => TimeSpan.FromSeconds(0.5 + r.NextDouble());
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(u =>
            new User(baseAddress, new Random(seed + u + 1), think, run).RunAsync(Enumerable.Range(0, rounds).Select(r => PathOf(WarmUp + (r * users) + u)))));
        watch.Stop();
        var drained = await DrainTimeAsync(storage, cancellationToken);

        // Storage calls are counted in one more round, outside the timed part: listening to every SDK and server
        // activity costs processor time the timed requests would otherwise share (p95 up to a third higher).
        var traced = new Run();
        IReadOnlyList<StorageCallShare> getCalls, postCalls;
        using (var probe = new StorageCallProbe())
        {
            await Task.WhenAll(Enumerable.Range(0, users).Select(u =>
                new User(baseAddress, new Random(seed - u - 1), think, traced).RunAsync([PathOf(WarmUp + (rounds * users) + u)])));
            getCalls = probe.SharesOf(traced.GetTraces.Keys.ToHashSet());
            postCalls = probe.SharesOf(traced.PostTraces.Keys.ToHashSet());
        }

        await app.StopAsync(cancellationToken);
        Directory.Delete(mailFolder, recursive: true);
        return new LinkLoadBenchResult(
            users, rounds, thinkSeconds is { } s ? $"{s} s" : "0.5–1.5 s (seeded random)",
            LatencySummary.From(run.Gets), LatencySummary.From(run.Posts), watch.Elapsed, drained, run.Errors.Count + traced.Errors.Count, [.. run.Errors.Concat(traced.Errors).Take(5)],
            getCalls, postCalls);
    }

    private static async Task<IReadOnlyList<string>> SeedAsync(IServiceProvider services, int count, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<WorkflowClient>();
        await services.GetRequiredService<IDirectoryStore>().SaveAsync(
            new DistrictDirectory("bench", [new DivisionContact(Division, [], [DivisionMail], null)], ["director@bench.example"], ["ita@bench.example"]),
            cancellationToken);
        var ids = Enumerable.Range(0, count).Select(i => MeasureWorkflow.InstanceIdFor("bench", 2567, $"M{i:D5}")).ToList();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            await client.StartAsync(MeasureWorkflow.DefinitionName, ids[i], EngineCeilingBench.Input(i), "bench", ct);
            await client.RaiseEventAsync(ids[i], new EventEnvelope(new DivisionAcknowledged(Division), DivisionMail, $"ack:{Division}"), ct);
        });
        return ids;
    }

    // The app's pumps send the seeding's emails and timers; the load starts once that work is done.
    private static async Task WaitForQuietQueueAsync(StorageClients storage, CancellationToken cancellationToken)
    {
        var queue = storage.Queue(StorageNames.WorkQueue);
        var quiet = 0;
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (quiet < 3 && DateTime.UtcNow < deadline)
        {
            var properties = await queue.GetPropertiesAsync(cancellationToken);
            quiet = properties.Value.ApproximateMessagesCount == 0 ? quiet + 1 : 0;
            await Task.Delay(500, cancellationToken);
        }
    }

    // The approximate count includes messages received but not yet deleted, so zero means every message was handled.
    private static async Task<TimeSpan> DrainTimeAsync(StorageClients storage, CancellationToken cancellationToken)
    {
        var queue = storage.Queue(StorageNames.WorkQueue);
        var watch = Stopwatch.StartNew();
        while ((await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount > 0 && watch.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(50, cancellationToken);
        }

        return watch.Elapsed;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();

    private sealed class Run
    {
        public ConcurrentBag<double> Gets { get; } = [];

        public ConcurrentBag<double> Posts { get; } = [];

        public ConcurrentQueue<string> Errors { get; } = new();

        public ConcurrentDictionary<ActivityTraceId, bool> GetTraces { get; } = new();

        public ConcurrentDictionary<ActivityTraceId, bool> PostTraces { get; } = new();
    }

    private sealed class User(Uri baseAddress, Random random, Func<Random, TimeSpan> think, Run run)
    {
        public async Task RunAsync(IEnumerable<string> paths)
        {
            using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
            foreach (var path in paths)
            {
                await Task.Delay(think(random));
                var (getOk, page) = await SendAsync(http, new HttpRequestMessage(HttpMethod.Get, path), run.Gets, run.GetTraces);
                var fields = HiddenField().Matches(page).Select(m => (Name: WebUtility.HtmlDecode(m.Groups[1].Value), Value: WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
                if (!getOk || fields.Count == 0 || !page.Contains("value=\"progress\"", StringComparison.Ordinal))
                {
                    run.Errors.Enqueue($"GET {path[..20]}…: no progress form");
                    continue;
                }

                await Task.Delay(think(random));
                using var form = new MultipartFormDataContent();
                foreach (var (name, value) in fields)
                {
                    form.Add(new StringContent(value), name);
                }

                form.Add(new StringContent(LinkActions.Progress), "action");
                form.Add(new StringContent(nameof(WorkStatus.InProgress)), "status");
                form.Add(new StringContent(random.Next(0, 101).ToString(System.Globalization.CultureInfo.InvariantCulture)), "percent");
                form.Add(new StringContent("จัดประชุมชี้แจงเจ้าหน้าที่และเผยแพร่ประกาศบนเว็บไซต์สำนักงานเขตแล้ว"), "result");
                form.Add(new StringContent("ไม่มี"), "problems");
                form.Add(new StringContent("https://district.example/news/1"), "urls");
                var (postOk, answer) = await SendAsync(http, new HttpRequestMessage(HttpMethod.Post, path) { Content = form }, run.Posts, run.PostTraces);
                if (!postOk || !answer.Contains(Saved, StringComparison.Ordinal))
                {
                    run.Errors.Enqueue($"POST {path[..20]}…: not saved");
                }
            }
        }

        private static async Task<(bool Ok, string Body)> SendAsync(
            HttpClient http, HttpRequestMessage request, ConcurrentBag<double> timings, ConcurrentDictionary<ActivityTraceId, bool> traces)
        {
            using var trace = StorageCallProbe.StartTrace();
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                timings.Add(watch.Elapsed.TotalMilliseconds);
                traces[trace.TraceId] = true;
                return ((int)response.StatusCode is >= 200 and < 400, body);
            }
            catch (HttpRequestException e)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
                return (false, e.Message);
            }
            finally
            {
                request.Dispose();
            }
        }
    }

    private sealed class CountingEmailSender : IEmailSender
    {
        private int sent;

        public string Provider => "Counting";

        public Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
            Task.FromResult(new EmailSendResult("count-" + Interlocked.Increment(ref sent)));
    }
}
