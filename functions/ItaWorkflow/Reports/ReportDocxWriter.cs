using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DefaultDivisions = ItaWorkflow.Import.DefaultDivisions;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ItaWorkflow.Reports;

/// <summary>
/// Writes a <see cref="SemiAnnualReport"/> as the Word document district offices publish: A4 landscape with narrow
/// margins, TH Sarabun New 14 pt (title 16 pt), one table grouped by tool and indicator whose header repeats on every
/// page and whose rows do not split, and a signature block kept with the end of the table. Every digit outside web
/// addresses is Thai, page numbers included; internal measure ids are never printed; only public web addresses
/// become links (see <see cref="PublicLink"/>).
/// </summary>
public static class ReportDocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The page number field: Thai digits whatever the reader's locale.</summary>
    public const string PageFieldCode = " PAGE \\* ThaiArabic ";

    /// <summary>Body text size in half-points (14 pt).</summary>
    public const string BodySizeHalfPoints = "28";

    /// <summary>Title size in half-points (16 pt).</summary>
    public const string TitleSizeHalfPoints = "32";

    /// <summary>Page margins in twips (1 cm), narrow so the eight columns fit without wrapping every word.</summary>
    public const int MarginTwips = 567;

    private const string FontName = "TH Sarabun New";

    // Exactly 17 pt per 14 pt line: Sarabun's own line gap is about 1.6 times the size, which doubled the page
    // count, while 17 pt still clears the stacked Thai vowel and tone marks.
    private const string BodyLineTwips = "340";
    private const string HyperlinkStyleId = "Hyperlink";
    private const string HeaderFill = "D9D9D9";
    private const string ToolFill = "EDEDED";
    private const string IndicatorFill = "F7F7F7";
    private const int ThumbnailMaxBytes = 1024 * 1024;
    private const long ThumbnailMaxEmu = 450_000;
    private const int PageWidthTwips = 16838;
    private const int PageHeightTwips = 11906;
    private const int TableWidthTwips = PageWidthTwips - (2 * MarginTwips);

    // Relative widths of ColumnHeadings; the result column is widest because it carries the evidence too.
    private static readonly int[] ColumnWeights = [1300, 1900, 2400, 4000, 1500, 1000, 1400, 1900];

    /// <summary>Writes the document to <paramref name="output"/>.</summary>
    public static void Write(SemiAnnualReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToBytes(report));
    }

    /// <summary>The document as bytes.</summary>
    public static byte[] ToBytes(SemiAnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var drawingIds = new DrawingIds();
            var columns = Columns(report);
            var body = new Body();
            body.Append(TitleBlock(report));
            body.Append(ReportTable(report, columns, main, drawingIds));
            body.Append(SignatureBlock(report));
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = AddPageNumberFooter(main) },
                new PageSize { Width = (uint)PageWidthTwips, Height = (uint)PageHeightTwips, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = MarginTwips, Right = (uint)MarginTwips, Bottom = MarginTwips, Left = (uint)MarginTwips, Header = 284U, Footer = 284U, Gutter = 0U },
                new PageNumberType { Format = NumberFormatValues.ThaiNumbers }));
            main.Document = new Document(body);
            document.PackageProperties.Title = ThaiText.Clean(ReportText.FullTitle(report));
            document.PackageProperties.Creator = ThaiText.Clean(ReportText.OfficeName(report.District));
            document.PackageProperties.Created = report.GeneratedAt.UtcDateTime;
        }

        return buffer.ToArray();
    }

    /// <summary>The printed columns: every heading, less the output column when no row has an output.</summary>
    public static IReadOnlyList<string> ColumnsOf(SemiAnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. Columns(report).Select(c => c.Heading)];
    }

    private static List<Column> Columns(SemiAnnualReport report)
    {
        var withOutput = report.Rows.Any(r => !string.IsNullOrWhiteSpace(r.Output));
        var chosen = ReportText.ColumnHeadings
            .Select((heading, i) => (Heading: heading, Weight: ColumnWeights[i]))
            .Where(c => withOutput || c.Heading != ReportText.OutputHeading)
            .ToList();
        var total = chosen.Sum(c => c.Weight);
        var columns = chosen.Select(c => new Column(c.Heading, c.Weight * TableWidthTwips / total)).ToList();
        // Integer division leaves a few twips; the widest column takes them so the grid fills the line exactly.
        var widest = columns.IndexOf(columns.MaxBy(c => c.Width)!);
        columns[widest] = columns[widest] with { Width = columns[widest].Width + TableWidthTwips - columns.Sum(c => c.Width) };
        return columns;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = FontName, HighAnsi = FontName, EastAsia = FontName, ComplexScript = FontName },
                    new FontSize { Val = BodySizeHalfPoints },
                    new FontSizeComplexScript { Val = BodySizeHalfPoints },
                    new Languages { Val = "th-TH", EastAsia = "th-TH", Bidi = "th-TH" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = BodyLineTwips, LineRule = LineSpacingRuleValues.Exact }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
            {
                Type = StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            },
            new Style(
                new StyleName { Val = "Hyperlink" },
                new StyleRunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }))
            {
                Type = StyleValues.Character,
                StyleId = HyperlinkStyleId,
            });
    }

    /// <summary>A centred page number at the foot of every page, in Thai digits by the field switch.</summary>
    private static string AddPageNumberFooter(MainDocumentPart main)
    {
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(PageFieldCode) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("๑")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        return main.GetIdOfPart(footer);
    }

    private static IEnumerable<OpenXmlElement> TitleBlock(SemiAnnualReport report)
    {
        yield return Title(ReportText.Title);
        yield return Title(ThaiText.ToThaiDigits(ThaiText.Clean(ReportText.OfficeName(report.District))));
        yield return Title($"{ReportText.FiscalYearLine(report.FiscalYear)} {ReportText.RoundLine(report.Round, report.PeriodStart, report.PeriodEnd)}");
        yield return new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "60" }));
    }

    private static Table ReportTable(SemiAnnualReport report, List<Column> columns, MainDocumentPart main, DrawingIds drawingIds)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(TableWidthTwips), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })),
            new TableGrid(columns.Select(c => new GridColumn { Width = Twips(c.Width) })));

        table.Append(HeaderRow(columns));
        var allDivisions = DefaultDivisions.All.Select(d => d.Name).ToList();
        TableRow? last = null;
        foreach (var toolGroup in report.Rows.GroupBy(r => r.Tool))
        {
            table.Append(GroupRow(ReportText.ToolHeading(toolGroup.Key), ToolFill, columns));
            foreach (var indicatorGroup in toolGroup.GroupBy(r => r.Indicator))
            {
                var indicatorScore = indicatorGroup.Where(r => r.QuestionCodes.Count == 0).Select(r => r.Score).FirstOrDefault(s => s is not null);
                table.Append(GroupRow(ReportText.IndicatorHeading(indicatorGroup.Key, indicatorScore), IndicatorFill, columns));
                foreach (var row in indicatorGroup)
                {
                    last = MeasureRow(row, report, columns, allDivisions, main, drawingIds);
                    table.Append(last);
                }
            }
        }

        // The last row travels with the signature block so the signature never starts a page on its own.
        foreach (var paragraph in last?.Descendants<Paragraph>() ?? [])
        {
            KeepWithNext(paragraph);
        }

        return table;
    }

    private static TableRow HeaderRow(List<Column> columns)
    {
        var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        foreach (var column in columns)
        {
            row.Append(Cell(column.Width, 1, HeaderFill, Centered(column.Heading, bold: true)));
        }

        return row;
    }

    private static TableRow GroupRow(string heading, string fill, List<Column> columns) =>
        new(
            new TableRowProperties(new CantSplit()),
            Cell(TableWidthTwips, columns.Count, fill, new Paragraph(new ParagraphProperties(new KeepNext()), TextRun(heading, bold: true))));

    private static TableRow MeasureRow(
        ReportRow row, SemiAnnualReport report, List<Column> columns, List<string> allDivisions, MainDocumentPart main, DrawingIds drawingIds)
    {
        var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
        foreach (var column in columns)
        {
            OpenXmlElement[] content = column.Heading switch
            {
                ReportText.QuestionHeading => [.. ReportText.QuestionLines(row).Select(l => Plain(l))],
                "ประเด็นที่ต้องปรับปรุง" => [UserText(row.Issue)],
                "มาตรการ/แนวทาง" => [UserText(row.Activity)],
                "ผลการดำเนินการ" => [.. ResultContent(row, main, drawingIds)],
                ReportText.OutputHeading => [UserText(row.Output)],
                "ระยะเวลา" => [Plain(ReportText.Timeframe(row.Timeframe, report.PeriodStart, report.PeriodEnd))],
                "ผู้รับผิดชอบ" => [.. ReportText.Responsible(row.Divisions, allDivisions).Select(UserText)],
                _ => [UserText(string.IsNullOrWhiteSpace(row.Problems) || !row.HasResult ? "-" : row.Problems)],
            };
            tableRow.Append(Cell(column.Width, 1, null, content));
        }

        return tableRow;
    }

    private static IEnumerable<Paragraph> ResultContent(ReportRow row, MainDocumentPart main, DrawingIds drawingIds)
    {
        if (!row.HasResult)
        {
            yield return Plain(row.Status == ReportRowStatus.Unapproved ? ReportText.ResultAwaitingApproval : ReportText.NoResultYet);
            yield break;
        }

        yield return UserText(row.Result);
        if (row.Status == ReportRowStatus.Imported)
        {
            yield return Plain(ReportText.ImportedResultNote);
        }

        var progress = string.Join(" ", new[]
        {
            row.Percent is { } percent ? ReportText.PercentDone(percent) : "",
            row.ResultAsOf is { } asOf ? ReportText.AsOf(asOf) : "",
        }.Where(p => p.Length > 0));
        if (progress.Length > 0)
        {
            yield return Plain(progress);
        }

        foreach (var paragraph in EvidenceContent(row.Evidence, main, drawingIds))
        {
            yield return paragraph;
        }
    }

    /// <summary>
    /// หลักฐาน: file names and links in one paragraph. Uploaded files are named without a link (their storage address
    /// is not public); division-given web addresses are links under their title; anything else is plain text.
    /// </summary>
    private static IEnumerable<Paragraph> EvidenceContent(IReadOnlyList<EvidenceItem> evidence, MainDocumentPart main, DrawingIds drawingIds)
    {
        if (evidence.Count == 0)
        {
            yield break;
        }

        var thumbnails = new Paragraph();
        var links = new Paragraph(TextRun(ReportText.EvidenceLabel, bold: false));
        for (var i = 0; i < evidence.Count; i++)
        {
            var item = evidence[i];
            var url = ThaiText.Clean(item.Url).Trim();
            var name = ThaiText.Clean(item.FileName).Trim();
            if (item.Thumbnail is { Length: > 0 and <= ThumbnailMaxBytes } bytes
                && ImageSize.TryRead(bytes, out var width, out var height, out var isPng))
            {
                thumbnails.Append(new Run(Thumbnail(bytes, width, height, isPng, name, main, drawingIds)), new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
            }

            if (i > 0)
            {
                links.Append(new Run(new Text(", ") { Space = SpaceProcessingModeValues.Preserve }));
            }

            if (PublicLink.IsPublic(url))
            {
                var relationship = main.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), isExternal: true);
                links.Append(new Hyperlink(new Run(
                    new RunProperties(new RunStyle { Val = HyperlinkStyleId }),
                    new Text(name.Length > 0 ? ThaiText.ToThaiDigits(name) : url) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    Id = relationship.Id,
                    History = true,
                });
            }
            else
            {
                // A file, a private address or a scheme such as javascript: shown as its name only, never clickable.
                var text = name.Length > 0 ? name : Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Path.GetFileName(uri.AbsolutePath) : url;
                links.Append(new Run(new Text(ThaiDigits(text)) { Space = SpaceProcessingModeValues.Preserve }));
            }
        }

        if (thumbnails.HasChildren)
        {
            yield return thumbnails;
        }

        yield return links;
    }

    private static Drawing Thumbnail(byte[] bytes, int width, int height, bool isPng, string name, MainDocumentPart main, DrawingIds drawingIds)
    {
        var imagePart = main.AddImagePart(isPng ? ImagePartType.Png : ImagePartType.Jpeg);
        using (var data = new MemoryStream(bytes, writable: false))
        {
            imagePart.FeedData(data);
        }

        var scale = Math.Min(1.0, Math.Min((double)ThumbnailMaxEmu / (width * 9525L), (double)ThumbnailMaxEmu / (height * 9525L)));
        var cx = Math.Max(1L, (long)(width * 9525L * scale));
        var cy = Math.Max(1L, (long)(height * 9525L * scale));
        var id = drawingIds.Next();
        return new Drawing(new Dw.Inline(
            new Dw.Extent { Cx = cx, Cy = cy },
            new Dw.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Dw.DocProperties { Id = id, Name = "Evidence " + id, Description = name },
            new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = 0U, Name = "Evidence " + id },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = main.GetIdOfPart(imagePart) }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            {
                Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture",
            }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
    }

    private static IEnumerable<OpenXmlElement> SignatureBlock(SemiAnnualReport report)
    {
        var director = report.Signatory;
        var reporter = report.Reporter;
        var directorName = ThaiText.Clean(director.Name).Trim();
        var reporterName = ThaiText.Clean(reporter?.Name).Trim();
        var reporterPosition = ThaiText.Clean(reporter?.Position).Trim();
        yield return KeepWithNext(new Paragraph());
        yield return Signature(ReportText.SignatureLine, ReportText.SignatureLine);
        yield return Signature(
            reporterName.Length > 0 ? $"({reporterName})" : ReportText.BlankName,
            directorName.Length > 0 ? $"({directorName})" : ReportText.BlankName);
        yield return Signature(
            reporterPosition.Length > 0 ? reporterPosition : ReportText.ReporterPosition,
            ThaiText.Clean(director.Position).Trim());
        yield return Signature(reporterPosition.Length > 0 ? ReportText.ReporterPosition : "", ReportText.ApprovalDateLine(report.ApprovedOn), last: true);
    }

    /// <summary>One line of the two signature columns: the reporting officer on the left, the director on the right.</summary>
    private static Paragraph Signature(string left, string right, bool last = false)
    {
        var properties = new ParagraphProperties(
            new KeepLines(),
            new Tabs(
                new TabStop { Val = TabStopValues.Center, Position = TableWidthTwips / 4 },
                new TabStop { Val = TabStopValues.Center, Position = TableWidthTwips * 3 / 4 }));
        if (!last)
        {
            properties.PrependChild(new KeepNext());
        }

        return new Paragraph(
            properties,
            new Run(new TabChar(), new Text(ThaiDigits(left)) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new TabChar(), new Text(ThaiDigits(right)) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Paragraph KeepWithNext(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
        if (properties.KeepNext is null)
        {
            properties.KeepNext = new KeepNext();
        }

        return paragraph;
    }

    private static string ThaiDigits(string text) => ThaiText.ToThaiDigits(text);

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Paragraph Title(string text) =>
        new(
            new ParagraphProperties(
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = JustificationValues.Center }),
            new Run(
                new RunProperties(new Bold(), new BoldComplexScript(), new FontSize { Val = TitleSizeHalfPoints }, new FontSizeComplexScript { Val = TitleSizeHalfPoints }),
                new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Centered(string text, bool bold) =>
        new(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), TextRun(text, bold));

    private static Paragraph Plain(string text, bool bold = false) => new(TextRun(text, bold));

    /// <summary>User-typed text: invalid characters stripped, Thai digits, one line break per typed line.</summary>
    private static Paragraph UserText(string text)
    {
        var lines = ThaiText.ToThaiDigits(ThaiText.Clean(text).Trim()).Split('\n');
        var run = new Run();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new Paragraph(run);
    }

    private static Run TextRun(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold(), new BoldComplexScript()));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static TableCell Cell(int width, int span, string? fill, params OpenXmlElement[] content)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        var cell = new TableCell(properties);
        cell.Append(content);
        if (content.Length == 0)
        {
            // A cell must hold at least one paragraph to be valid.
            cell.Append(new Paragraph());
        }

        return cell;
    }

    private sealed record Column(string Heading, int Width);

    private sealed class DrawingIds
    {
        private uint last;

        public uint Next() => ++last;
    }
}
