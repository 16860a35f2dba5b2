using ItaWorkflow.Directories;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Notifications;
using Microsoft.Graph;

namespace ItaWorkflow.Tests.Directories;

[Collection(AzuriteCollection.Name)]
public sealed class GraphDirectorySyncTests(Azurite azurite)
{
    [Fact]
    public async Task Group_members_become_division_addresses_and_the_owner_the_head_keeping_aliases()
    {
        await using var server = await FakeMailServer.StartAsync();
        server.JsonByPath["/v1.0/groups/g-reg/members/graph.user"] =
            """{"value":[{"mail":"a@bk.example"},{"mail":null,"userPrincipalName":"b@bk.example"}]}""";
        server.JsonByPath["/v1.0/groups/g-reg/owners/graph.user"] = """{"value":[{"mail":"head@bk.example"}]}""";
        server.JsonByPath["/v1.0/groups/g-fin/members/graph.user"] = """{"value":[{"mail":"fin@bk.example"}]}""";
        server.JsonByPath["/v1.0/groups/g-fin/owners/graph.user"] = """{"value":[]}""";
        var store = new TableDirectoryStore(await TestStorage.CreateAsync(azurite));
        await store.SaveAsync(
            new DistrictDirectory("บางรัก", [new DivisionContact("ฝ่ายทะเบียน", ["ทะเบียน"], ["old@bk.example"], null)], ["dir@bk.example"], []),
            CancellationToken.None);
        var graph = new GraphServiceClient(new HttpClient(), new FixedTokenAuthenticationProvider(), server.Url + "/v1.0");

        var synced = await new GraphDirectorySync(graph, store).SyncAsync(
            "บางรัก", new Dictionary<string, string> { ["ทะเบียน"] = "g-reg", ["ฝ่ายการคลัง"] = "g-fin" }, CancellationToken.None);

        var registry = synced.Find("ฝ่ายทะเบียน")!;
        Assert.Equal(["a@bk.example", "b@bk.example"], registry.Emails);
        Assert.Equal("head@bk.example", registry.HeadEmail);
        Assert.Equal(["ทะเบียน"], registry.Aliases);
        Assert.Equal(["fin@bk.example"], synced.Find("ฝ่ายการคลัง")!.Emails);
        Assert.Equal(["dir@bk.example"], (await store.GetAsync("บางรัก", CancellationToken.None))!.DirectorEmails);
        Assert.All(server.Requests, r => Assert.Equal("Bearer " + FixedTokenAuthenticationProvider.Token, r.Authorization));
    }

    [Fact]
    public async Task A_division_group_larger_than_one_page_keeps_every_member()
    {
        await using var server = await FakeMailServer.StartAsync();
        var first = Enumerable.Range(0, 100).Select(i => $"staff{i:D3}@bk.example").ToList();
        server.JsonByPath["/v1.0/groups/g-reg/members/graph.user"] =
            $$"""{"value":[{{string.Join(",", first.Select(m => $"{{\"mail\":\"{m}\"}}"))}}],"@odata.nextLink":"{{server.Url}}/v1.0/groups/g-reg/members/graph.user/page2?$skiptoken=X"}""";
        server.JsonByPath["/v1.0/groups/g-reg/members/graph.user/page2"] = """{"value":[{"mail":"staff100@bk.example"},{"mail":"staff000@bk.example"}]}""";
        server.JsonByPath["/v1.0/groups/g-reg/owners/graph.user"] = """{"value":[]}""";
        var store = new TableDirectoryStore(await TestStorage.CreateAsync(azurite));
        var graph = new GraphServiceClient(new HttpClient(), new FixedTokenAuthenticationProvider(), server.Url + "/v1.0");

        var synced = await new GraphDirectorySync(graph, store).SyncAsync(
            "บางรัก", new Dictionary<string, string> { ["ฝ่ายทะเบียน"] = "g-reg" }, CancellationToken.None);

        Assert.Equal([.. first, "staff100@bk.example"], synced.Find("ฝ่ายทะเบียน")!.Emails);
        Assert.Contains(server.Requests, r => r.Path == "/v1.0/groups/g-reg/members/graph.user/page2");
    }
}
