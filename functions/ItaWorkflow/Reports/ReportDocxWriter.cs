using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ItaWorkflow.Domain;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ItaWorkflow.Reports;

/// <summary>
/// Writes a <see cref="SemiAnnualReport"/> as a Word document in the layout district offices publish: A4 landscape,
/// TH Sarabun New 16 pt, title block, one table grouped by tool and indicator with its header repeated on every page,
/// and the director's signature block. All user text goes in as text runs with Thai digits.
/// </summary>
public static class ReportDocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string FontName = "TH Sarabun New";
    private const string FontSizeHalfPoints = "32";
    private const string HyperlinkStyleId = "Hyperlink";
    private const string HeaderFill = "D9D9D9";
    private const string ToolFill = "EDEDED";
    private const string IndicatorFill = "F7F7F7";
    private const int ThumbnailMaxBytes = 1024 * 1024;
    private const long ThumbnailMaxEmu = 900_000;

    // A4 landscape 29.7 cm less 1.5 cm margins each side, in twips.
    private static readonly int[] ColumnWidths = [1900, 2500, 2900, 3500, 1800, 2536];

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
            var body = new Body();
            body.Append(TitleBlock(report));
            body.Append(ReportTable(report, main, drawingIds));
            body.Append(NotReadyNote(report));
            body.Append(SignatureBlock(report.Signatory));
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = AddPageNumberFooter(main) },
                new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 851, Right = 851U, Bottom = 851, Left = 851U, Header = 425U, Footer = 425U, Gutter = 0U },
                new PageNumberType { Format = NumberFormatValues.ThaiNumbers }));
            main.Document = new Document(body);
            document.PackageProperties.Title = ThaiText.Clean(ReportText.FullTitle(report));
            document.PackageProperties.Creator = ThaiText.Clean(ReportText.OfficeName(report.District));
            document.PackageProperties.Created = report.GeneratedAt.UtcDateTime;
        }

        return buffer.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = FontName, HighAnsi = FontName, EastAsia = FontName, ComplexScript = FontName },
                    new FontSize { Val = FontSizeHalfPoints },
                    new FontSizeComplexScript { Val = FontSizeHalfPoints },
                    new Languages { Val = "th-TH", EastAsia = "th-TH", Bidi = "th-TH" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
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

    /// <summary>A centred page number in Thai digits at the foot of every page.</summary>
    private static string AddPageNumberFooter(MainDocumentPart main)
    {
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("๑")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        return main.GetIdOfPart(footer);
    }

    private static IEnumerable<OpenXmlElement> TitleBlock(SemiAnnualReport report)
    {
        yield return Centered(ReportText.Title, bold: true);
        yield return Centered(ThaiText.ToThaiDigits(ThaiText.Clean(ReportText.OfficeName(report.District))), bold: true);
        yield return Centered(ReportText.FiscalYearLine(report.FiscalYear), bold: true);
        yield return Centered(ReportText.RoundLine(report.Round, report.PeriodStart, report.PeriodEnd), bold: true);
        yield return new Paragraph();
    }

    private static Table ReportTable(SemiAnnualReport report, MainDocumentPart main, DrawingIds drawingIds)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = ColumnWidths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
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
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableGrid(ColumnWidths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        table.Append(HeaderRow());
        foreach (var toolGroup in report.Rows.GroupBy(r => r.Tool))
        {
            table.Append(GroupRow(ReportText.ToolHeading(toolGroup.Key), ToolFill));
            foreach (var indicatorGroup in toolGroup.GroupBy(r => r.Indicator))
            {
                table.Append(GroupRow(ThaiDigits.ToThai(ReportText.IndicatorHeading(indicatorGroup.Key)), IndicatorFill));
                foreach (var row in indicatorGroup)
                {
                    table.Append(MeasureRow(row, main, drawingIds));
                }
            }
        }

        return table;
    }

    private static TableRow HeaderRow()
    {
        var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < ColumnWidths.Length; i++)
        {
            row.Append(Cell(ColumnWidths[i], 1, HeaderFill, Centered(ReportText.ColumnHeadings[i], bold: true)));
        }

        return row;
    }

    private static TableRow GroupRow(string heading, string fill) =>
        new(
            new TableRowProperties(new CantSplit()),
            Cell(ColumnWidths.Sum(), ColumnWidths.Length, fill, new Paragraph(new ParagraphProperties(new KeepNext()), TextRun(heading, bold: true))));

    private static TableRow MeasureRow(ReportRow row, MainDocumentPart main, DrawingIds drawingIds) =>
        new(
            Cell(ColumnWidths[0], 1, null, Plain(ReportText.QuestionLine(row.QuestionCodes, row.Score))),
            Cell(ColumnWidths[1], 1, null, UserText(row.Issue)),
            Cell(ColumnWidths[2], 1, null, UserText(row.Activity)),
            Cell(ColumnWidths[3], 1, null, [.. ResultContent(row)]),
            Cell(ColumnWidths[4], 1, null, [.. row.Divisions.Select(UserText)]),
            Cell(ColumnWidths[5], 1, null, [.. EvidenceContent(row.Evidence, main, drawingIds)]));

    private static IEnumerable<Paragraph> ResultContent(ReportRow row)
    {
        if (row.Status != ReportRowStatus.Approved)
        {
            yield return Plain(ReportText.StatusName(row.Status), bold: true);
            yield break;
        }

        yield return UserText(row.Result);
        if (row.Percent is { } percent)
        {
            yield return Plain(ReportText.PercentDone(percent));
        }

        if (!string.IsNullOrWhiteSpace(row.Problems))
        {
            yield return UserText(ReportText.ProblemsLabel + row.Problems);
        }

        if (row.ResultAsOf is { } asOf)
        {
            yield return Plain(ReportText.AsOf(asOf));
        }
    }

    /// <summary>Thumbnails in one paragraph, then the links in one paragraph, so a year of evidence stays compact.</summary>
    private static IEnumerable<Paragraph> EvidenceContent(IReadOnlyList<EvidenceItem> evidence, MainDocumentPart main, DrawingIds drawingIds)
    {
        var thumbnails = new Paragraph();
        var links = new Paragraph();
        foreach (var item in evidence)
        {
            var name = ThaiText.Clean(string.IsNullOrWhiteSpace(item.FileName) ? item.Url : item.FileName);
            if (item.Thumbnail is { Length: > 0 and <= ThumbnailMaxBytes } bytes
                && ImageSize.TryRead(bytes, out var width, out var height, out var isPng))
            {
                thumbnails.Append(new Run(Thumbnail(bytes, width, height, isPng, name, main, drawingIds)), new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
            }

            if (links.HasChildren)
            {
                links.Append(new Run(new Break()));
            }

            if (Uri.TryCreate(item.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                var relationship = main.AddHyperlinkRelationship(uri, isExternal: true);
                links.Append(new Hyperlink(new Run(
                    new RunProperties(new RunStyle { Val = HyperlinkStyleId }),
                    new Text(name) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    Id = relationship.Id,
                    History = true,
                });
            }
            else
            {
                // Not a web link (or a scheme such as javascript:): shown as text only, never made clickable.
                var text = string.IsNullOrWhiteSpace(item.Url) || name == item.Url ? name : $"{name} {ThaiText.Clean(item.Url)}";
                links.Append(new Run(new Text(ThaiText.ToThaiDigits(text)) { Space = SpaceProcessingModeValues.Preserve }));
            }
        }

        if (thumbnails.HasChildren)
        {
            yield return thumbnails;
        }

        if (links.HasChildren)
        {
            yield return links;
        }
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

    private static IEnumerable<OpenXmlElement> NotReadyNote(SemiAnnualReport report)
    {
        var notReady = report.NotReady;
        if (notReady.Count == 0)
        {
            yield break;
        }

        yield return new Paragraph();
        yield return new Paragraph(new ParagraphProperties(new KeepNext()), TextRun(ReportText.NotReadyNote, bold: true));
        foreach (var row in notReady)
        {
            var title = ThaiText.Clean(row.Activity).Split('\n', 2)[0];
            yield return Plain(ThaiText.ToThaiDigits($"- {ThaiText.Clean(row.MeasureId)} {title} ({ReportText.StatusName(row.Status)})"));
        }
    }

    private static IEnumerable<OpenXmlElement> SignatureBlock(ReportSignatory signatory)
    {
        var name = ThaiText.Clean(signatory.Name);
        yield return new Paragraph();
        yield return Signature(ReportText.SignatureLine);
        yield return Signature(string.IsNullOrWhiteSpace(name) ? "(..................................................)" : $"({name})");
        yield return Signature(ThaiText.ToThaiDigits(ThaiText.Clean(signatory.Position)));
    }

    private static Paragraph Signature(string text) =>
        new(
            new ParagraphProperties(
                new KeepNext(),
                new KeepLines(),
                new Indentation { Left = "8500" },
                new Justification { Val = JustificationValues.Center }),
            TextRun(text, bold: false));

    private static Paragraph Centered(string text, bool bold) =>
        new(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), TextRun(text, bold));

    private static Paragraph Plain(string text, bool bold = false) => new(TextRun(text, bold));

    /// <summary>User-typed text: invalid characters stripped, Thai digits, one line break per typed line.</summary>
    private static Paragraph UserText(string text)
    {
        var lines = ThaiText.ToThaiDigits(ThaiText.Clean(text)).Split('\n');
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
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
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

    private sealed class DrawingIds
    {
        private uint last;

        public uint Next() => ++last;
    }
}
