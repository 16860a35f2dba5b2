using ItaWorkflow.Reports;

namespace ItaWorkflow.Tests.Reports;

public sealed class ZzDumpTests
{
    [Fact]
    public void Dump()
    {
        File.WriteAllBytes("/tmp/dump/nk.docx", ReportDocxWriter.ToBytes(ReportFixtures.NongKhaemReport()));
        File.WriteAllBytes("/tmp/dump/nk.xlsx", ReportXlsxWriter.ToBytes(ReportFixtures.NongKhaemReport()));
    }
}
