using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ItaWorkflow.Import;

namespace ItaWorkflow.Reports;

/// <summary>
/// Writes a report as a workbook with one row per measure. Every value is an inline string, never a formula;
/// text a spreadsheet could take for a formula (starting with = + - @, tab or CR) is stored with a leading
/// apostrophe and the quote-prefix style, so it stays text even after a save as CSV.
/// </summary>
public static class ReportXlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The name of the one worksheet.</summary>
    public const string SheetName = "รายงานผล";

    /// <summary>Excel's limit on the characters of one cell.</summary>
    public const int MaxCellLength = 32767;

    internal const uint WrapStyle = 1;
    internal const uint QuotedStyle = 2;
    internal const uint HeadingStyle = 3;

    private static readonly double[] ColumnWidths = [10, 8, 28, 16, 40, 40, 50, 30, 10, 24, 24, 40];

    /// <summary>Writes the workbook to <paramref name="output"/>.</summary>
    public static void Write(SemiAnnualReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToBytes(report));
    }

    /// <summary>The workbook as bytes.</summary>
    public static byte[] ToBytes(SemiAnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, ReportXlsxRow.Headings, heading: true));
            uint index = 2;
            foreach (var row in report.Rows)
            {
                data.Append(Row(index++, ReportXlsxRow.From(row).Values(), heading: false));
            }

            sheet.Worksheet = new Worksheet(
                new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                {
                    WorkbookViewId = 0U,
                }),
                new Columns(ColumnWidths.Select((width, i) => new Column
                {
                    Min = (uint)(i + 1),
                    Max = (uint)(i + 1),
                    Width = width,
                    CustomWidth = true,
                })),
                data);
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1U, Name = SheetName }));
            document.PackageProperties.Title = ThaiText.Clean(ReportText.FullTitle(report));
            document.PackageProperties.Created = report.GeneratedAt.UtcDateTime;
        }

        return buffer.ToArray();
    }

    /// <summary>True when a spreadsheet could read the text as a formula or a DDE payload.</summary>
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static Row Row(uint index, IReadOnlyList<string> values, bool heading)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            var text = ThaiText.Clean(values[i]);
            var quoted = LooksLikeFormula(values[i]);
            if (quoted)
            {
                text = "'" + text;
            }

            if (text.Length > MaxCellLength)
            {
                text = text[..MaxCellLength];
            }

            row.Append(new Cell
            {
                CellReference = XlsxCells.ColumnName(i) + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                StyleIndex = heading ? HeadingStyle : quoted ? QuotedStyle : WrapStyle,
                InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 16D }, new FontName { Val = "TH Sarabun New" }),
            new Font(new Bold(), new FontSize { Val = 16D }, new FontName { Val = "TH Sarabun New" }))
        { Count = 2U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 49U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true, ApplyNumberFormat = true,
            },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 49U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true, ApplyNumberFormat = true, QuotePrefix = true,
            },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center })
            {
                NumberFormatId = 49U, FontId = 1U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true, ApplyFont = true, ApplyNumberFormat = true,
            })
        { Count = 4U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
}
