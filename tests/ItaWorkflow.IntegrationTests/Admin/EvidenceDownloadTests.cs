using ItaWorkflow.Links;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Tests.Admin;

[Collection(AzuriteCollection.Name)]
public sealed class EvidenceDownloadTests(Azurite azurite)
{
    [Fact]
    public async Task Traversal_names_held_in_state_are_not_served_and_the_measures_own_file_is()
    {
        await using var app = await AdminApp.StartAsync(azurite);
        var (id, otherBlob, reportBlob) = await AdminEvidenceFixture.CreateAsync(app);
        var own = EvidenceBlobName.Create(id, 0, Guid.NewGuid(), "ภาพถ่าย.png").Value;
        await app.Get<StorageClients>().Container(StorageNames.Evidence).GetBlobClient(own).UploadAsync(BinaryData.FromBytes([1, 2, 3]));
        var traversals = new[]
        {
            $"{id}/../{otherBlob}", $"{id}/0/../../{otherBlob}", $"{id}/../../{reportBlob}",
            $"{id}/..%2f{otherBlob}", $"{id}/%2e%2e/{otherBlob}", $"{id}/..%2F..%2F{reportBlob}",
        };
        // State written before names were checked: straight through the engine, past every validation.
        var submitted = await app.Client.RaiseEventAsync(id, new EventEnvelope(
            new ProgressSubmitted(0, SampleMeasures.Registry, WorkStatus.InProgress, 10, "ผล", "",
                [new Evidence("ภาพถ่าย.png", own, null, "image/png", 3), .. traversals.Select(t => new Evidence("x.png", t, null, "image/png", 1))]),
            "test"));
        Assert.True(submitted.Succeeded, submitted.Reason);
        var page = await app.SignInAsync(AdminApp.CentralKey);

        foreach (var name in traversals)
        {
            foreach (var query in new[] { Uri.EscapeDataString(name), name })
            {
                var response = await page.APIRequest.GetAsync($"/manage/instances/{Uri.EscapeDataString(id)}/evidence?blob={query}");
                var body = await response.BodyAsync();
                Assert.True(response.Status == 404, $"{query}: {response.Status}");
                Assert.False(body.AsSpan().IndexOf(AdminEvidenceFixture.Secret) >= 0, query);
            }
        }

        var served = await page.APIRequest.GetAsync($"/manage/instances/{Uri.EscapeDataString(id)}/evidence?blob={Uri.EscapeDataString(own)}");
        Assert.Equal(200, served.Status);
        Assert.Equal([1, 2, 3], await served.BodyAsync());
        Assert.StartsWith("attachment", served.Headers["content-disposition"]);
        Assert.Contains(Uri.EscapeDataString("ภาพถ่าย.png"), served.Headers["content-disposition"]);
    }
}
