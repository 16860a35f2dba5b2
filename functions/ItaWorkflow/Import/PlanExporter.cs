using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ItaWorkflow.Domain;
using ItaWorkflow.Domain.Ita;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace ItaWorkflow.Import;

/// <summary>
/// Writes a plan as one plain table (.docx or .xlsx) whose headers the importer recognises, so an exported plan
/// imports back unchanged. This is the working-copy export, not the formatted report.
/// </summary>
public static class PlanExporter
{
    /// <summary>The column headers, in order.</summary>
    public static IReadOnlyList<string> Headers { get; } =
    [
        "ตัวชี้วัด", "ข้อคำถาม", "คะแนน", "ประเด็นที่ต้องปรับปรุง", "มาตรการ/กิจกรรม", "ผลผลิต", "วิธีการสร้างการรับรู้",
        "ระยะเวลาแล้วเสร็จ", "ผู้รับผิดชอบ", "ระยะเวลากำกับติดตาม", "ผลการดำเนินการ", "ปัญหา/อุปสรรค", "หลักฐาน",
    ];

    /// <summary>The cells of one measure's row, in <see cref="Headers"/> order; lines are separated by <c>\n</c>.</summary>
    public static IReadOnlyList<string> Cells(Measure measure) =>
    [
        ItaModel.FindIndicator(measure.Indicator)?.Heading ?? $"ตัวชี้วัดที่ {measure.Indicator.ToString(CultureInfo.InvariantCulture)}",
        string.Join(", ", measure.QuestionCodes),
        measure.Score?.ToString(CultureInfo.InvariantCulture) ?? "",
        measure.Issue,
        measure.Activity,
        measure.Output,
        measure.Awareness,
        measure.Deadline.Text,
        string.Join("\n", measure.Divisions.Concat(measure.ResponsiblePersons)),
        CadenceParser.Format(measure.Cadence),
        measure.ReportedProgress?.Result ?? "",
        measure.ReportedProgress?.Problems ?? "",
        string.Join("\n", measure.ReportedProgress?.EvidenceUrls ?? []),
    ];

    /// <summary>A Word document (A4 landscape, TH Sarabun New) with the plan's title and table.</summary>
    public static byte[] ToDocx(Plan plan)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var table = new Word.Table(new Word.TableProperties(
                new Word.TableBorders(
                    new Word.TopBorder { Val = Word.BorderValues.Single, Size = 4 },
                    new Word.BottomBorder { Val = Word.BorderValues.Single, Size = 4 },
                    new Word.LeftBorder { Val = Word.BorderValues.Single, Size = 4 },
                    new Word.RightBorder { Val = Word.BorderValues.Single, Size = 4 },
                    new Word.InsideHorizontalBorder { Val = Word.BorderValues.Single, Size = 4 },
                    new Word.InsideVerticalBorder { Val = Word.BorderValues.Single, Size = 4 })));
            table.Append(Row(Headers, header: true));
            foreach (var measure in plan.Measures)
            {
                table.Append(Row(Cells(measure), header: false));
            }

            var title = $"มาตรการส่งเสริมคุณธรรมและความโปร่งใส สำนักงานเขต{plan.District} ปีงบประมาณ พ.ศ. {ThaiDigits.ToThai(plan.FiscalYear)}";
            main.Document = new Word.Document(new Word.Body(
                Paragraph(title),
                table,
                new Word.SectionProperties(
                    new Word.PageSize { Width = 16838, Height = 11906, Orient = Word.PageOrientationValues.Landscape },
                    new Word.PageMargin { Top = 1080, Bottom = 1080, Left = 1080, Right = 1080 })));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>An Excel workbook with one sheet holding the plan's table.</summary>
    public static byte[] ToXlsx(Plan plan)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(XlsxRow(1, Headers));
            var rowIndex = 1u;
            foreach (var measure in plan.Measures)
            {
                data.Append(XlsxRow(++rowIndex, Cells(measure)));
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart),
                SheetId = 1,
                Name = "มาตรการ",
            }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Word.TableRow Row(IEnumerable<string> cells, bool header)
    {
        var row = new Word.TableRow();
        if (header)
        {
            row.Append(new Word.TableRowProperties(new Word.TableHeader()));
        }

        foreach (var cell in cells)
        {
            var tableCell = new Word.TableCell();
            foreach (var line in cell.Split('\n'))
            {
                tableCell.Append(Paragraph(line));
            }

            row.Append(tableCell);
        }

        return row;
    }

    private static Word.Paragraph Paragraph(string text) =>
        new(new Word.Run(
            new Word.RunProperties(
                new Word.RunFonts { Ascii = "TH Sarabun New", HighAnsi = "TH Sarabun New", ComplexScript = "TH Sarabun New" },
                new Word.FontSize { Val = "32" },
                new Word.FontSizeComplexScript { Val = "32" }),
            new Word.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Row XlsxRow(uint index, IEnumerable<string> cells)
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
}
