using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ItaWorkflow.Import;

namespace ItaWorkflow.Directories;

/// <summary>
/// A district directory as an Excel sheet, one person or division per row under the header
/// <c>บทบาท | ชื่อ | ชื่ออื่น | อีเมล | อีเมลหัวหน้าฝ่าย | รหัสกลุ่ม Entra</c>. The role is <c>ฝ่าย</c>,
/// <c>ผู้อำนวยการเขต</c> or <c>ผู้ประสานงาน ITA</c>; lists inside a cell are separated by commas.
/// </summary>
public static class DirectoryWorkbook
{
    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Headers { get; } =
        ["บทบาท", "ชื่อ", "ชื่ออื่น (คั่นด้วย ,)", "อีเมล (คั่นด้วย ,)", "อีเมลหัวหน้าฝ่าย", "รหัสกลุ่ม Entra (ถ้ามี)"];

    /// <summary>The role word of a division row.</summary>
    public const string DivisionRole = "ฝ่าย";

    /// <summary>The role word of the director's row.</summary>
    public const string DirectorRole = "ผู้อำนวยการเขต";

    /// <summary>The role word of a coordinator's row.</summary>
    public const string CoordinatorRole = "ผู้ประสานงาน ITA";

    private static readonly char[] Separators = [',', ';', '\n'];

    /// <summary>
    /// Reads a sheet in this layout into a directory of <paramref name="district"/>; the other fields (acting director,
    /// phone, position) are taken from <paramref name="current"/>. Returns the problems instead, each naming the row to fix.
    /// </summary>
    public static (DistrictDirectory? Directory, IReadOnlyList<string> Errors) Read(byte[] content, string district, DistrictDirectory? current)
    {
        IReadOnlyList<SourceRow> rows;
        try
        {
            var options = new ImportOptions();
            using (var zip = new ZipArchive(new MemoryStream(content, false), ZipArchiveMode.Read))
            {
                if (zip.GetEntry("xl/workbook.xml") is null)
                {
                    return (null, ["ไฟล์นี้ไม่ใช่ Excel (.xlsx) — บันทึกเป็น .xlsx แล้วลองใหม่"]);
                }

                if (PackageLimits.Check(zip, options) is { } tooLarge)
                {
                    return (null, [tooLarge.Message]);
                }
            }

            using var stream = new MemoryStream(content, false);
            rows = XlsxTableReader.Read(stream, new CellBudget(options));
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or IOException)
        {
            return (null, ["เปิดไฟล์ Excel ไม่ได้ — ตรวจว่าเป็นไฟล์ .xlsx ที่ไม่เสียหาย แล้วลองใหม่"]);
        }
        catch (ImportLimitException e)
        {
            return (null, [e.Error.Message]);
        }

        var header = rows.ToList().FindIndex(r => Cell(r.Cells, 0) == Headers[0]);
        if (header < 0)
        {
            return (null, [$"ไม่พบหัวตาราง — แถวแรกต้องเป็น {string.Join(" | ", Headers)} (ดาวน์โหลดแบบฟอร์มจากหน้านี้)"]);
        }

        var errors = new List<string>();
        var divisions = new List<DivisionContact>();
        var directorEmails = new List<string>();
        var coordinatorEmails = new List<string>();
        string? directorName = null;
        string? coordinatorName = null;
        for (var i = header + 1; i < rows.Count; i++)
        {
            var row = rows[i].Cells;
            var number = rows[i].Location[(rows[i].Location.LastIndexOf('!') + 1)..];
            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var emails = List(Cell(row, 3));
            var role = Cell(row, 0);
            if (role == DivisionRole)
            {
                divisions.Add(new DivisionContact(Cell(row, 1), List(Cell(row, 2)), emails, Optional(Cell(row, 4)), Optional(Cell(row, 5))));
            }
            else if (role.StartsWith("ผู้อำนวยการ", StringComparison.Ordinal))
            {
                directorEmails.AddRange(emails);
                directorName ??= Optional(Cell(row, 1));
            }
            else if (role.StartsWith("ผู้ประสานงาน", StringComparison.Ordinal))
            {
                coordinatorEmails.AddRange(emails);
                coordinatorName ??= Optional(Cell(row, 1));
            }
            else
            {
                errors.Add($"แถว {number}: บทบาท “{role}” ไม่รู้จัก — ใช้ “{DivisionRole}”, “{DirectorRole}” หรือ “{CoordinatorRole}”");
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var kept = current ?? new DistrictDirectory(district, [], [], []);
        return (kept with
        {
            District = district,
            Divisions = divisions,
            DirectorEmails = directorEmails,
            CoordinatorEmails = coordinatorEmails,
            DirectorName = directorName ?? kept.DirectorName,
            CoordinatorName = coordinatorName ?? kept.CoordinatorName,
        }, []);
    }

    /// <summary>The sheet for <paramref name="directory"/>, or example rows to overwrite when there is none yet.</summary>
    public static byte[] Write(DistrictDirectory? directory)
    {
        var rows = directory is null || directory.Divisions.Count == 0 && directory.DirectorEmails.Count == 0
            ? Examples
            : Rows(directory);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var index = 0u;
            foreach (var cells in rows.Prepend(Headers))
            {
                data.Append(Row(++index, cells));
            }

            sheetPart.Worksheet = new Worksheet(
                new Columns(new Column { Min = 1, Max = 6, Width = 32, CustomWidth = true }),
                data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "ทะเบียนหน่วยงาน" }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static IReadOnlyList<IReadOnlyList<string>> Examples { get; } =
    [
        [DivisionRole, "ฝ่ายทะเบียน", "ทะเบียน, ฝ่ายทะเบียนราษฎร", "tabien@example.go.th", "head.tabien@example.go.th", ""],
        [DivisionRole, "ฝ่ายการคลัง", "การคลัง", "finance@example.go.th", "head.finance@example.go.th", ""],
        [DirectorRole, "นายตัวอย่าง ใจดี", "", "director@example.go.th", "", ""],
        [CoordinatorRole, "นางสาวประสาน งานดี", "", "ita@example.go.th", "", ""],
    ];

    private static IReadOnlyList<IReadOnlyList<string>> Rows(DistrictDirectory d) =>
        [
            .. d.Divisions.Select(v => (IReadOnlyList<string>)[DivisionRole, v.Name, string.Join(", ", v.Aliases), string.Join(", ", v.Emails), v.HeadEmail ?? "", v.EntraGroupId ?? ""]),
            [DirectorRole, d.DirectorName ?? "", "", string.Join(", ", d.DirectorEmails), "", ""],
            [CoordinatorRole, d.CoordinatorName ?? "", "", string.Join(", ", d.CoordinatorEmails), "", ""],
        ];

    private static Row Row(uint index, IEnumerable<string> cells)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var text in cells)
        {
            row.Append(new Cell
            {
                CellReference = XlsxCells.ColumnName(column++) + index.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    private static string Cell(IReadOnlyList<string> row, int column) => column < row.Count ? row[column].Trim() : "";

    private static string? Optional(string text) => text.Length > 0 ? text : null;

    private static List<string> List(string cell) =>
        [.. cell.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
