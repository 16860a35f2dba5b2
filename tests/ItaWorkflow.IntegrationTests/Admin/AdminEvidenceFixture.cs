using ItaWorkflow.Links;
using ItaWorkflow.Storage;
using ItaWorkflow.Tests.Workflow.Measures;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Tests.Admin;

/// <summary>Two measures of <see cref="AdminApp.District"/>: the first acknowledged and awaiting progress, the second with a secret evidence blob.</summary>
public sealed record AdminEvidenceFixture(string InstanceId, string OtherBlob, string ReportBlob)
{
    public static byte[] Secret { get; } = "SECRET of another measure"u8.ToArray();

    public static async Task<AdminEvidenceFixture> CreateAsync(AdminApp app)
    {
        var ids = await app.SeedMeasuresAsync(AdminApp.District, 2);
        var acknowledged = await app.Client.RaiseEventAsync(ids[0], new EventEnvelope(new DivisionAcknowledged(SampleMeasures.Registry), "test"));
        Assert.True(acknowledged.Succeeded, acknowledged.Reason);

        var storage = app.Get<StorageClients>();
        var otherBlob = EvidenceBlobName.Create(ids[1], 0, Guid.NewGuid(), "secret.png").Value;
        await storage.Container(StorageNames.Evidence).GetBlobClient(otherBlob).UploadAsync(BinaryData.FromBytes(Secret));
        var reports = storage.Container(StorageNames.Reports);
        await reports.CreateIfNotExistsAsync();
        await reports.GetBlobClient("secret.txt").UploadAsync(BinaryData.FromBytes(Secret), overwrite: true);
        return new AdminEvidenceFixture(ids[0], otherBlob, reports.Name + "/secret.txt");
    }
}
