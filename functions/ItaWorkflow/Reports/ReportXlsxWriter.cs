using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ItaWorkflow.Import;

namespace ItaWorkflow.Reports;

/// <summary>
/// Writes a report as a working workbook: a title block (office, fiscal year, round), then one bordered row per
/// measure under a header row that repeats on every printed page, printed A4 landscape fitted to the page width.
/// Text is always an inline string cell, which Excel never evaluates, so text a spreadsheet could take for a formula
/// (starting with = + - @) is shown exactly as typed; its cell also carries the quote-prefix style so that editing it
/// keeps it text. Nothing is prefixed with an apostrophe. Percentages are numbers.
/// </summary>
public static class ReportXlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The name of the one worksheet.</summary>
    public const string SheetName = "รายงานผล";

    /// <summary>Excel's limit on the characters of one cell.</summary>
    public const int MaxCellLength = 32767;

    /// <summary>The row of column headings; the title block is above it.</summary>
    public const uint HeaderRowIndex = 5;

    internal const uint WrapStyle = 1;
    internal const uint QuotedStyle = 2;
    internal const uint HeadingStyle = 3;
    internal const uint NumberStyle = 4;
    internal const uint TitleStyle = 5;

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
            data.Append(TitleRow(1, ReportText.Title + " " + ReportText.OfficeName(report.District)));
            data.Append(TitleRow(2, ReportText.FiscalYearLine(report.FiscalYear)));
            data.Append(TitleRow(3, ReportText.RoundLine(report.Round, report.PeriodStart, report.PeriodEnd)));
            data.Append(Row(HeaderRowIndex, ReportXlsxRow.Headings, heading: true));
            var index = HeaderRowIndex + 1;
            foreach (var row in report.Rows)
            {
                data.Append(Row(index++, ReportXlsxRow.From(row).Values(), heading: false));
            }

            var lastColumn = XlsxCells.ColumnName(ReportXlsxRow.Headings.Count - 1);
            sheet.Worksheet = new Worksheet(
                new SheetProperties(new PageSetupProperties { FitToPage = true }),
                new SheetViews(new SheetView(
                    new Pane { VerticalSplit = HeaderRowIndex, TopLeftCell = "A" + (HeaderRowIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
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
                data,
                new MergeCells(
                    Enumerable.Range(1, 3).Select(r => new MergeCell { Reference = $"A{r}:{lastColumn}{r}" }))
                {
                    Count = 3U,
                },
                new PageMargins { Left = 0.4D, Right = 0.4D, Top = 0.5D, Bottom = 0.5D, Header = 0.3D, Footer = 0.3D },
                new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
            workbook.Workbook.Append(
                new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1U, Name = SheetName }),
                new DefinedNames(new DefinedName($"'{SheetName}'!${HeaderRowIndex}:${HeaderRowIndex}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0U }));
            document.PackageProperties.Title = ThaiText.Clean(ReportText.FullTitle(report));
            document.PackageProperties.Created = report.GeneratedAt.UtcDateTime;
        }

        return buffer.ToArray();
    }

    /// <summary>True when a spreadsheet could read the text as a formula or a DDE payload.</summary>
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static Row TitleRow(uint index, string text) =>
        new(new Cell
        {
            CellReference = "A" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            DataType = CellValues.InlineString,
            StyleIndex = TitleStyle,
            InlineString = new InlineString(new Text(ThaiText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
        })
        {
            RowIndex = index,
        };

    private static Row Row(uint index, IReadOnlyList<string> values, bool heading)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            var text = ThaiText.Clean(values[i]);
            if (text.Length > MaxCellLength)
            {
                text = text[..MaxCellLength];
            }

            var reference = XlsxCells.ColumnName(i) + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!heading && i == ReportXlsxRow.PercentColumn
                && decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                row.Append(new Cell { CellReference = reference, StyleIndex = NumberStyle, CellValue = new CellValue(number) });
                continue;
            }

            row.Append(new Cell
            {
                CellReference = reference,
                DataType = CellValues.InlineString,
                StyleIndex = heading ? HeadingStyle : LooksLikeFormula(text) ? QuotedStyle : WrapStyle,
                InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 16D }, new FontName { Val = "TH Sarabun New" }),
            new Font(new Bold(), new FontSize { Val = 16D }, new FontName { Val = "TH Sarabun New" }),
            new Font(new Bold(), new FontSize { Val = 18D }, new FontName { Val = "TH Sarabun New" }))
        { Count = 3U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2U },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 49U, FontId = 0U, FillId = 0U, BorderId = 1U, FormatId = 0U, ApplyAlignment = true, ApplyNumberFormat = true, ApplyBorder = true,
            },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 49U, FontId = 0U, FillId = 0U, BorderId = 1U, FormatId = 0U, ApplyAlignment = true, ApplyNumberFormat = true, ApplyBorder = true, QuotePrefix = true,
            },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center })
            {
                NumberFormatId = 49U, FontId = 1U, FillId = 0U, BorderId = 1U, FormatId = 0U, ApplyAlignment = true, ApplyFont = true, ApplyNumberFormat = true, ApplyBorder = true,
            },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, Horizontal = HorizontalAlignmentValues.Right })
            {
                NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 1U, FormatId = 0U, ApplyAlignment = true, ApplyBorder = true,
            },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center })
            {
                NumberFormatId = 49U, FontId = 2U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true, ApplyFont = true, ApplyNumberFormat = true,
            })
        { Count = 6U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
}
