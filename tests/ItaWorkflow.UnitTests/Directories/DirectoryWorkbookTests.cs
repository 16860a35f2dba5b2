using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ItaWorkflow.Directories;

namespace ItaWorkflow.Tests.Directories;

public sealed class DirectoryWorkbookTests
{
    private static readonly DistrictDirectory Saved = new(
        "บางรัก",
        [
            new DivisionContact("ฝ่ายทะเบียน", ["ทะเบียน", "ฝ่ายทะเบียนราษฎร"], ["a@bk.example", "b@bk.example"], "head@bk.example", "g-reg"),
            new DivisionContact("ฝ่ายการคลัง", [], ["fin@bk.example"], null),
        ],
        ["director@bk.example"],
        ["ita@bk.example"],
        DirectorName: "นายผู้อำนวยการ เขตดี",
        CoordinatorName: "นางสาวประสาน งานดี",
        ContactPhone: "02 000 0000",
        ActingDirector: new ActingDirector("นายรักษา แทน", "acting@bk.example", new(2026, 12, 1), new(2026, 12, 15)));

    [Fact]
    public void A_directory_written_to_excel_reads_back_the_same_keeping_what_the_sheet_has_no_column_for()
    {
        var (read, errors) = DirectoryWorkbook.Read(DirectoryWorkbook.Write(Saved), "บางรัก", Saved with { Divisions = [], DirectorEmails = [] });

        Assert.Empty(errors);
        Assert.Equal(Saved.Divisions, read!.Divisions, DivisionComparer.Instance);
        Assert.Equal(Saved.DirectorEmails, read.DirectorEmails);
        Assert.Equal(Saved.CoordinatorEmails, read.CoordinatorEmails);
        Assert.Equal((Saved.DirectorName, Saved.CoordinatorName, Saved.ContactPhone, Saved.ActingDirector), (read.DirectorName, read.CoordinatorName, read.ContactPhone, read.ActingDirector));
    }

    [Fact]
    public void The_template_for_a_new_district_is_example_rows_under_the_header()
    {
        var (read, errors) = DirectoryWorkbook.Read(DirectoryWorkbook.Write(null), "หนองแขม", null);

        Assert.Empty(errors);
        Assert.Equal("หนองแขม", read!.District);
        Assert.Equal(["ฝ่ายทะเบียน", "ฝ่ายการคลัง"], read.Divisions.Select(d => d.Name));
        Assert.Equal(["director@example.go.th"], read.DirectorEmails);
    }

    [Fact]
    public void A_sheet_with_an_unknown_role_is_refused_naming_the_row_and_the_roles_to_use()
    {
        var workbook = DirectoryWorkbook.Write(Saved);
        using (var stream = new MemoryStream())
        {
            stream.Write(workbook);
            using (var document = SpreadsheetDocument.Open(stream, true))
            {
                var cell = document.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Cell>().First(c => c.CellReference == "A3");
                cell.InlineString = new InlineString(new Text("หัวหน้า"));
            }

            workbook = stream.ToArray();
        }

        var (read, errors) = DirectoryWorkbook.Read(workbook, "บางรัก", null);

        Assert.Null(read);
        var error = Assert.Single(errors);
        Assert.Contains("แถว 3", error);
        Assert.Contains("“หัวหน้า”", error);
        Assert.Contains(DirectoryWorkbook.DivisionRole, error);
    }

    [Fact]
    public void A_file_that_is_not_excel_or_has_no_header_is_refused_in_thai()
    {
        var (notExcel, notExcelErrors) = DirectoryWorkbook.Read("district,role\n"u8.ToArray(), "บางรัก", null);
        Assert.Null(notExcel);
        Assert.Contains(".xlsx", Assert.Single(notExcelErrors));

        var blank = DirectoryWorkbook.Write(Saved);
        using var stream = new MemoryStream();
        stream.Write(blank);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            document.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Cell>().First(c => c.CellReference == "A1").InlineString = new InlineString(new Text("role"));
        }

        var (noHeader, noHeaderErrors) = DirectoryWorkbook.Read(stream.ToArray(), "บางรัก", null);
        Assert.Null(noHeader);
        Assert.Contains("ไม่พบหัวตาราง", Assert.Single(noHeaderErrors));
    }

    private sealed class DivisionComparer : IEqualityComparer<DivisionContact>
    {
        public static DivisionComparer Instance { get; } = new();

        public bool Equals(DivisionContact? x, DivisionContact? y) =>
            x is not null && y is not null && x.Name == y.Name && x.Aliases.SequenceEqual(y.Aliases) && x.Emails.SequenceEqual(y.Emails)
            && x.HeadEmail == y.HeadEmail && x.EntraGroupId == y.EntraGroupId;

        public int GetHashCode(DivisionContact obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
