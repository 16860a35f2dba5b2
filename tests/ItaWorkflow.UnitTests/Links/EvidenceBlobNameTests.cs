using ItaWorkflow.Links;

namespace ItaWorkflow.Tests.Links;

public sealed class EvidenceBlobNameTests
{
    private const string Instance = "บางเขน-2567-M01";
    private const string Id = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void A_name_the_app_writes_parses_back_into_its_parts()
    {
        var created = EvidenceBlobName.Create(Instance, 2, Guid.Parse(Id), "ภาพถ่าย บัตร.png");

        Assert.Equal($"{Instance}/2/{Id}-ภาพถ่าย_บัตร.png", created.Value);
        Assert.True(EvidenceBlobName.TryParse(created.Value, out var parsed));
        Assert.Equal(created, parsed);
        Assert.True(EvidenceBlobName.IsValidFor(created.Value, Instance));
        Assert.False(EvidenceBlobName.IsValidFor(created.Value, "บางเขน-2567-M02"));
    }

    [Theory]
    [InlineData(Instance + "/../other-2567-M01/0/" + Id + "-x.png")]
    [InlineData(Instance + "/../../reports/report.docx")]
    [InlineData(Instance + "/0/../../other-2567-M01/0/" + Id + "-x.png")]
    [InlineData(Instance + "/./0/" + Id + "-x.png")]
    [InlineData(Instance + "/0/" + Id + "-x.png/..")]
    [InlineData(Instance + "/..%2fother-2567-M01/0/" + Id + "-x.png")]
    [InlineData(Instance + "/..%2Fother-2567-M01/0/" + Id + "-x.png")]
    [InlineData(Instance + "/%2e%2e/other-2567-M01/0/" + Id + "-x.png")]
    [InlineData(Instance + "/0/" + Id + "-..%5cx.png")]
    [InlineData(Instance + "/0/" + Id + "-..\\x.png")]
    [InlineData(Instance + "\\0\\" + Id + "-x.png")]
    [InlineData(Instance + "/0/" + Id + "-x\u0000.png")]
    [InlineData(Instance + "/0/" + Id + "-x\u202Egnp.exe")]
    [InlineData(Instance + "/0/" + Id + "-x.png?sv=1")]
    [InlineData(Instance + "/0/" + Id + "-x..png")]
    [InlineData(Instance + "/0/" + Id + "-")]
    [InlineData(Instance + "/0/0123456789ABCDEF0123456789ABCDEF-x.png")]
    [InlineData(Instance + "/0/" + Id + "x.png")]
    [InlineData(Instance + "/00/" + Id + "-x.png")]
    [InlineData(Instance + "/-1/" + Id + "-x.png")]
    [InlineData(Instance + "/0/extra/" + Id + "-x.png")]
    [InlineData("../0/" + Id + "-x.png")]
    [InlineData("/0/" + Id + "-x.png")]
    [InlineData("")]
    public void A_name_of_any_other_shape_is_refused(string name) =>
        Assert.False(EvidenceBlobName.TryParse(name, out _), name);

    [Fact]
    public void An_instance_id_that_cannot_name_a_blob_is_refused_on_save() =>
        Assert.Throws<ArgumentException>(() => EvidenceBlobName.Create("..", 0, Guid.NewGuid(), "x.png"));
}
