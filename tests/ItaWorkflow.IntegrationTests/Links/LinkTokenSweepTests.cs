using System.Net;
using System.Security.Cryptography;
using System.Text;
using ItaWorkflow.Directories;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Links;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using Microsoft.Extensions.Options;
using static ItaWorkflow.Tests.Notifications.NotifyTestSetup;

namespace ItaWorkflow.Tests.Links;

/// <summary>The link endpoint fed 10,000 bad tokens of every kind, generated from a seed, through the in-memory server.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LinkTokenSweepTests(Azurite azurite)
{
    private const int Requests = 10_000;
    // No NUL: servers refuse %00 in a path before any app code runs (TestServer throws, Kestrel answers 400).
    private const string Awkward = ".<>\"'%&;\\ \t\u202E\uFFFD/?#";

    private enum Kind
    {
        Tampered,
        Expired,
        Replayed,
        Truncated,
        WrongSignature,
        WrongPerson,
        Garbage,
        NoFormToken,
    }

    private sealed record Probe(Kind Kind, HttpMethod Method, string Path, IReadOnlyDictionary<string, string> Fields, bool WithFile, HttpStatusCode Expected)
    {
        public bool WithFormToken { get; init; } = true;
    }

    [Fact]
    public async Task Ten_thousand_bad_tokens_get_the_Thai_error_page_with_a_4xx_and_change_nothing()
    {
        await using var app = await LinkTestApp.StartAsync(azurite, SampleMeasures.FiscalYearStart, inMemory: true);
        var used = await app.StartMeasureAsync(SampleMeasures.Measure("M01"));
        var fresh = await app.StartMeasureAsync(SampleMeasures.Measure("M02"));
        var ack = app.LinkOf(RegistryMail, "M01");
        await app.PostAsync(ack, new Dictionary<string, string> { ["action"] = "acknowledge" });
        await app.Harness.DrainAsync();
        var progress = app.LinkOf(RegistryMail, "ขอรายงานผล");
        await app.PostAsync(progress, new Dictionary<string, string> { ["action"] = "progress", ["status"] = "Done", ["percent"] = "100", ["result"] = "เสร็จ" }, [("a.png", LinkTestApp.Png)]);
        await app.Harness.DrainAsync();
        var review = app.LinkOf(Director, "ได้รับรายงานผล");
        await app.PostAsync(review, new Dictionary<string, string> { ["action"] = "approve" });
        await app.Harness.DrainAsync();
        var formToken = await app.FormTokenAsync(app.LinkOf(RegistryMail, "M02"));
        var signer = app.Harness.Get<LinkSigner>();
        var now = app.Harness.Time.GetUtcNow();
        var probes = Generate(new Random(8), signer, now, used, fresh, [ack[3..], progress[3..], review[3..], app.LinkOf(RegistryMail, "M02")[3..]]).Take(Requests).ToList();
        var before = await StorageFingerprint.TakeAsync(app.Harness.Storage);

        var answers = new (Probe Probe, HttpStatusCode Status, string Body)[probes.Count];
        await Parallel.ForAsync(0, probes.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var probe = probes[i];
            using var request = new HttpRequestMessage(probe.Method, probe.Path);
            if (probe.Method == HttpMethod.Post)
            {
                var form = new MultipartFormDataContent();
                if (probe.WithFormToken)
                {
                    form.Add(new StringContent(formToken!), "__RequestVerificationToken");
                }

                foreach (var (name, value) in probe.Fields)
                {
                    form.Add(new StringContent(value), name);
                }

                if (probe.WithFile)
                {
                    form.Add(new ByteArrayContent(LinkTestApp.Png), "files", "evidence.png");
                }

                request.Content = form;
            }

            using var response = await app.Http.SendAsync(request);
            answers[i] = (probe, response.StatusCode, await response.Content.ReadAsStringAsync());
        });

        Assert.Empty(app.ServerErrors);
        var wrong = answers.Where(a => a.Status != a.Probe.Expected || !a.Body.Contains("<html lang=\"th\">", StringComparison.Ordinal)
            || !a.Body.Contains("class=\"error\"", StringComparison.Ordinal) || a.Body.Contains("บันทึกเรียบร้อยแล้ว", StringComparison.Ordinal)).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(5).Select(a => $"{a.Probe.Kind} {a.Probe.Method} {a.Probe.Path[..Math.Min(60, a.Probe.Path.Length)]}: {(int)a.Status}, expected {(int)a.Probe.Expected}")));
        Assert.All(Enum.GetValues<Kind>(), kind => Assert.Contains(answers, a => a.Probe.Kind == kind));
        var after = await StorageFingerprint.TakeAsync(app.Harness.Storage);
        Assert.True(before.SequenceEqual(after), "changed: " + string.Join("\n", before.Except(after).Concat(after.Except(before))));
    }

    // Most kinds are refused before any storage read; the ones that reach the engine are rarer so the sweep stays fast.
    private static IEnumerable<Probe> Generate(Random random, LinkSigner signer, DateTimeOffset now, string used, string fresh, string[] valid)
    {
        var foreignKey = new LinkSigner(Options.Create(new LinksOptions
        {
            SigningKeys = [new LinkSigningKey { Id = "k2", Secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) }],
        }), TimeProvider.System);
        var ackFields = new Dictionary<string, string> { ["action"] = "acknowledge" };
        var progressFields = new Dictionary<string, string> { ["action"] = "progress", ["status"] = "Done", ["percent"] = "100", ["result"] = "ซ้ำ" };
        while (true)
        {
            var roll = random.Next(100);
            var method = random.Next(2) == 0 ? HttpMethod.Get : HttpMethod.Post;
            var fields = method == HttpMethod.Post ? ackFields : new Dictionary<string, string>();
            var baseToken = valid[random.Next(valid.Length)];
            switch (roll)
            {
                case < 3:
                    // The signature of one link over the claims of another.
                    var spliced = $"{baseToken.Split('.')[0]}.{valid[(Array.IndexOf(valid, baseToken) + 1) % valid.Length].Split('.')[1]}.{baseToken.Split('.')[2]}";
                    yield return new Probe(Kind.Tampered, method, "/l/" + spliced, fields, false, HttpStatusCode.Forbidden);
                    break;
                case < 6:
                    yield return new Probe(Kind.NoFormToken, HttpMethod.Post, "/l/" + valid[3], ackFields, false, HttpStatusCode.BadRequest) { WithFormToken = false };
                    break;
                case < 20:
                    var parts = baseToken.Split('.');
                    var part = 1 + random.Next(2);
                    var at = random.Next(parts[part].Length - 1);
                    var replacement = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".Replace(parts[part][at].ToString(), "", StringComparison.Ordinal);
                    parts[part] = parts[part][..at] + replacement[random.Next(replacement.Length)] + parts[part][(at + 1)..];
                    yield return new Probe(Kind.Tampered, method, "/l/" + string.Join('.', parts), fields, false, HttpStatusCode.Forbidden);
                    break;
                case < 35:
                    var expired = new LinkClaims(random.Next(2) == 0 ? used : fresh, "progress", DirectoryRole.Division, RegistryMail, SampleMeasures.Registry, 0,
                        now - TimeSpan.FromSeconds(random.Next(0, 60 * 60 * 24 * 90)));
                    yield return new Probe(Kind.Expired, method, "/l/" + signer.Sign(expired), fields, false, HttpStatusCode.Gone);
                    break;
                case < 50:
                    yield return new Probe(Kind.Truncated, method, "/l/" + baseToken[..(1 + random.Next(baseToken.Length - 1))], fields, false, HttpStatusCode.Forbidden);
                    break;
                case < 65:
                    var claims = new LinkClaims(used, "review", DirectoryRole.Director, Director, null, 0, now.AddDays(30));
                    var token = random.Next(3) == 0 ? "k9" + foreignKey.Sign(claims)[2..] : foreignKey.Sign(claims);
                    yield return new Probe(Kind.WrongSignature, method, "/l/" + token, fields, false, HttpStatusCode.Forbidden);
                    break;
                case < 85:
                    var garbage = new StringBuilder("g");
                    var length = random.Next(1, random.Next(3) == 0 ? 3000 : 80);
                    for (var i = 0; i < length; i++)
                    {
                        garbage.Append(random.Next(4) switch
                        {
                            0 => (char)random.Next(0x21, 0x7F),
                            1 => (char)random.Next(0x0E01, 0x0E5B),
                            2 => Awkward[random.Next(Awkward.Length)],
                            _ => (char)random.Next(0x2000, 0xD7FF),
                        });
                    }

                    yield return new Probe(Kind.Garbage, method, "/l/" + Uri.EscapeDataString(garbage.ToString()), fields, false, HttpStatusCode.Forbidden);
                    break;
                case < 95:
                    // A real link asking for an action its role may not take, or a validly signed link for a division the measure does not have.
                    var director = signer.Sign(used, "review", DirectoryRole.Director, Director, null, 0);
                    var otherAcknowledges = random.Next(2) == 0;
                    var other = signer.Sign(
                        random.Next(2) == 0 ? used : fresh, otherAcknowledges ? "acknowledge" : "progress", DirectoryRole.Division, FinanceMail, SampleMeasures.Finance, 0);
                    yield return random.Next(5) switch
                    {
                        0 => new Probe(Kind.WrongPerson, HttpMethod.Post, "/l/" + valid[0], new Dictionary<string, string> { ["action"] = "approve" }, false, HttpStatusCode.Forbidden),
                        1 => new Probe(Kind.WrongPerson, HttpMethod.Post, "/l/" + director, progressFields, true, HttpStatusCode.Forbidden),
                        2 => new Probe(Kind.WrongPerson, HttpMethod.Post, "/l/" + valid[1], new Dictionary<string, string> { ["action"] = "report-approve" }, false, HttpStatusCode.Forbidden),
                        3 => new Probe(Kind.WrongPerson, HttpMethod.Post, "/l/" + other, otherAcknowledges ? ackFields : progressFields, true, HttpStatusCode.Forbidden),
                        _ => new Probe(Kind.WrongPerson, HttpMethod.Get, "/l/" + director + "/file?name=" + Uri.EscapeDataString(fresh + "/0/x.png"), fields, false, HttpStatusCode.NotFound),
                    };
                    break;
                default:
                    yield return random.Next(3) switch
                    {
                        0 => new Probe(Kind.Replayed, HttpMethod.Post, "/l/" + valid[0], ackFields, false, HttpStatusCode.Conflict),
                        1 => new Probe(Kind.Replayed, HttpMethod.Post, "/l/" + valid[1], progressFields, true, HttpStatusCode.BadRequest),
                        _ => new Probe(Kind.Replayed, HttpMethod.Post, "/l/" + valid[2], new Dictionary<string, string> { ["action"] = "approve" }, false, HttpStatusCode.Conflict),
                    };
                    break;
            }
        }
    }
}
