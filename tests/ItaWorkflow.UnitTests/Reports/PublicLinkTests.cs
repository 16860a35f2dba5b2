using ItaWorkflow.Reports;

namespace ItaWorkflow.Tests.Reports;

public sealed class PublicLinkTests
{
    [Theory]
    [InlineData("https://webportal.bangkok.go.th/nongkhaem/page/sub/22001")]
    [InlineData("http://www.facebook.com/nongkhaem.district/posts/1")]
    public void A_web_address_a_division_gave_is_public(string url) => Assert.True(PublicLink.IsPublic(url));

    [Theory]
    [InlineData("")]
    [InlineData("scan.pdf")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///C:/evidence/scan.pdf")]
    [InlineData("https://itastore.blob.core.windows.net/evidence/M01/scan.pdf")]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1/evidence/scan.pdf")]
    [InlineData("http://localhost:7071/manage/evidence/M01%2Fscan.pdf")]
    [InlineData("https://ita.example.go.th/manage/evidence/M01%2Fscan.pdf")]
    [InlineData("https://ita.example.go.th/app/manage/reports/file?name=x")]
    [InlineData("https://ita.example.go.th/l/eyJ.abc.def")]
    [InlineData("https://user:secret@example.go.th/a")]
    [InlineData("http://intranet/evidence/a.pdf")]
    public void Storage_admin_signed_and_non_web_addresses_are_not_public(string url) => Assert.False(PublicLink.IsPublic(url));
}
