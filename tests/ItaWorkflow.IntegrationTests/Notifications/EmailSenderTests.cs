using ItaWorkflow.Hosting.AppSettings;
using System.Text.Json;
using AngleSharp.Html.Parser;
using ItaWorkflow.Links;
using ItaWorkflow.Notifications;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph;

namespace ItaWorkflow.Tests.Notifications;

public sealed class EmailSenderTests : IAsyncLifetime
{
    private FakeMailServer server = null!;

    public async Task InitializeAsync() => server = await FakeMailServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static IOptions<EmailOptions> Options(string url) => Microsoft.Extensions.Options.Options.Create(new EmailOptions
    {
        From = "ita@district.example",
        SendGrid = new SendGridEmailOptions { ApiKey = "SG.test-key", Host = url },
        Graph = new GraphEmailOptions { Sender = "sender-id" },
    });

    private static (EmailMessage Message, string Link) Assignment()
    {
        var signer = new LinkSigner(
            Microsoft.Extensions.Options.Options.Create(new LinksOptions { SigningKeys = [new LinkSigningKey { Id = "k", Secret = NotifyTestSetup.Secret }] }),
            new FakeTimeProvider(DateTimeOffset.UtcNow));
        var token = signer.Sign("ทดสอบ-2567-M01", "acknowledge", ItaWorkflow.Directories.DirectoryRole.Division, "registry@district.example", "ฝ่ายทะเบียน", 0);
        var link = signer.UrlFor(token);
        var data = new Dictionary<string, string>
        {
            ["instanceId"] = "ทดสอบ-2567-M01", ["measureId"] = "M01", ["title"] = "เผยแพร่ <b>รายงาน</b>", ["district"] = "ทดสอบ",
            ["fiscalYear"] = "2567", ["task"] = "acknowledge", ["period"] = "0", ["due"] = "2023-10-25",
        };
        var rendered = EmailTemplates.Render("assignment", data, "ฝ่ายทะเบียน", link);
        return (new EmailMessage("registry@district.example", rendered.Subject, rendered.Html, rendered.Text, "ref-1"), link);
    }

    [Fact]
    public async Task SendGrid_client_posts_recipient_Thai_subject_body_and_signed_link()
    {
        var (message, link) = Assignment();
        var sender = new SendGridEmailSender(SendGridEmailSender.CreateClient(Options(server.Url).Value.SendGrid), Options(server.Url));

        var result = await sender.SendAsync(message, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v3/mail/send", request.Path);
        Assert.Equal("Bearer SG.test-key", request.Authorization);
        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        Assert.Equal("registry@district.example", root.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("email").GetString());
        var subject = root.TryGetProperty("subject", out var top) ? top : root.GetProperty("personalizations")[0].GetProperty("subject");
        Assert.Contains("มอบหมายมาตรการ", subject.GetString());
        var html = root.GetProperty("content").EnumerateArray().Single(c => c.GetProperty("type").GetString() == "text/html").GetProperty("value").GetString()!;
        var document = new HtmlParser().ParseDocument(html);
        Assert.Contains("25 ตุลาคม 2566", document.Body!.TextContent);
        Assert.Contains(link, document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.Equal("fake-1", result.ProviderMessageId);
    }

    [Theory]
    [InlineData(400, true)]
    [InlineData(429, false)]
    [InlineData(503, false)]
    public async Task SendGrid_refusal_is_permanent_only_for_4xx_other_than_429(int status, bool permanent)
    {
        server.NextStatus = status;
        var sender = new SendGridEmailSender(SendGridEmailSender.CreateClient(Options(server.Url).Value.SendGrid), Options(server.Url));

        var error = await Assert.ThrowsAsync<EmailDeliveryException>(() => sender.SendAsync(Assignment().Message, CancellationToken.None));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(permanent, error.Permanent);
    }

    [Fact]
    public async Task Graph_client_posts_sendMail_for_the_sender_with_recipient_subject_and_link()
    {
        var (message, link) = Assignment();
        var graph = new GraphServiceClient(new HttpClient(), new FixedTokenAuthenticationProvider(), server.Url + "/v1.0");
        var sender = new GraphEmailSender(graph, Options(server.Url));

        await sender.SendAsync(message, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1.0/users/sender-id/sendMail", request.Path);
        Assert.Equal("Bearer " + FixedTokenAuthenticationProvider.Token, request.Authorization);
        using var json = JsonDocument.Parse(request.Body);
        var mail = Property(json.RootElement, "message");
        Assert.Equal("registry@district.example", Property(Property(Property(mail, "toRecipients")[0], "emailAddress"), "address").GetString());
        Assert.Contains("มอบหมายมาตรการ", Property(mail, "subject").GetString());
        var html = Property(Property(mail, "body"), "content").GetString()!;
        Assert.Contains(link, new HtmlParser().ParseDocument(html).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    // Graph action bodies use the metadata's casing ("Message"), properties of entities camelCase.
    private static JsonElement Property(JsonElement element, string name) =>
        element.EnumerateObject().First(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;

    [Fact]
    public async Task Graph_bad_request_is_permanent()
    {
        server.NextStatus = 400;
        var graph = new GraphServiceClient(new HttpClient(), new FixedTokenAuthenticationProvider(), server.Url + "/v1.0");

        var error = await Assert.ThrowsAsync<EmailDeliveryException>(
            () => new GraphEmailSender(graph, Options(server.Url)).SendAsync(Assignment().Message, CancellationToken.None));

        Assert.True(error.Permanent);
    }

    [Fact]
    public async Task Pickup_folder_writes_an_eml_the_viewer_can_list()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ita-pickup-" + Guid.NewGuid().ToString("N"));
        var sender = new PickupFolderEmailSender(
            Microsoft.Extensions.Options.Options.Create(new EmailOptions { Pickup = new PickupEmailOptions { Folder = folder } }), new FakeTimeProvider(DateTimeOffset.UtcNow));
        try
        {
            var result = await sender.SendAsync(Assignment().Message, CancellationToken.None);

            var file = Assert.Single(sender.List());
            Assert.Equal(result.ProviderMessageId, file.Name);
            var eml = await File.ReadAllTextAsync(file.FullName);
            Assert.Contains("To: <registry@district.example>", eml);
            Assert.Contains("multipart/alternative", eml);
            Assert.Null(sender.Find("../" + file.Name));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
