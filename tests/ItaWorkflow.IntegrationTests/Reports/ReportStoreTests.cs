using DocumentFormat.OpenXml.Packaging;
using ItaWorkflow.Domain;
using ItaWorkflow.Reports;
using ItaWorkflow.Tests.Infrastructure;

namespace ItaWorkflow.Tests.Reports;

[Collection(AzuriteCollection.Name)]
public sealed class ReportStoreTests(Azurite azurite)
{
    [Fact]
    public void Blob_names_follow_district_year_round_layout()
    {
        Assert.Equal("บางเขน/2567/first-half/report-first-half-2567.docx",
            ReportStore.BlobName("บางเขน", new FiscalYear(2567), ReportRound.FirstHalf, ReportFormat.Docx));
        Assert.Equal("a-b/2568/full-year/report-full-year-2568.xlsx",
            ReportStore.BlobName("a/b", new FiscalYear(2568), ReportRound.FullYear, ReportFormat.Xlsx));
    }

    [Fact]
    public void Draft_names_parse_as_drafts_of_their_round_and_official_names_do_not()
    {
        var draft = ReportStore.BlobName("บางเขน", new FiscalYear(2567), ReportRound.FullYear, ReportFormat.Xlsx, draft: true);

        Assert.Equal("บางเขน/2567/full-year/draft-full-year-2567.xlsx", draft);
        Assert.Equal((true, ReportRound.FullYear, ReportFormat.Xlsx), (ReportStore.Parse(draft)!.IsDraft, ReportStore.Parse(draft)!.Round, ReportStore.Parse(draft)!.Format));
        Assert.False(ReportStore.Parse("บางเขน/2567/full-year/report-full-year-2567.xlsx")!.IsDraft);
        Assert.Null(ReportStore.Parse("บางเขน/2567/full-year/draft-first-half-2567.xlsx"));
    }

    [Fact]
    public async Task A_draft_is_stored_beside_the_official_files_and_reads_back_as_rows()
    {
        var store = new ReportStore(await TestStorage.CreateAsync(azurite));
        var report = ReportFixtures.BangKhenReport();
        var official = await store.SaveAsync(report);

        var draft = await store.SaveDraftAsync(report with { Rows = [.. report.Rows.Take(1)] });

        Assert.NotEqual(official.XlsxBlobName, draft.XlsxBlobName);
        Assert.Equal(report.Rows.Count, (await store.ReadRowsAsync(official.XlsxBlobName))!.Count);
        Assert.Single((await store.ReadRowsAsync(draft.XlsxBlobName))!);
        Assert.Null(await store.ReadRowsAsync(official.DocxBlobName));
        Assert.Equal(4, (await store.ListAsync("บางเขน")).Count);
    }

    [Fact]
    public async Task Saved_report_is_listed_and_downloads_as_valid_docx_and_xlsx()
    {
        var store = new ReportStore(await TestStorage.CreateAsync(azurite));
        var report = ReportFixtures.BangKhenReport();

        var files = await store.SaveAsync(report);
        var listed = await store.ListAsync("บางเขน");

        Assert.Equal([files.DocxBlobName, files.XlsxBlobName], listed.Select(r => r.BlobName));
        Assert.All(listed, r => Assert.True(r.SizeBytes > 0));
        Assert.Equal(ReportFormat.Docx, listed[0].Format);
        Assert.Equal(ReportRound.FirstHalf, listed[0].Round);
        Assert.Equal(new FiscalYear(2567), listed[0].FiscalYear);

        await using (var docx = await store.OpenAsync(files.DocxBlobName))
        {
            Assert.NotNull(docx);
            Assert.Equal(ReportDocxWriter.ContentType, docx.ContentType);
            Assert.Equal("report-first-half-2567.docx", docx.FileName);
            using var copy = new MemoryStream();
            await docx.Content.CopyToAsync(copy);
            copy.Position = 0;
            using var document = WordprocessingDocument.Open(copy, false);
            OpenXmlAssert.Valid(document);
        }

        await using var xlsx = await store.OpenAsync(files.XlsxBlobName);
        Assert.NotNull(xlsx);
        using var xlsxCopy = new MemoryStream();
        await xlsx.Content.CopyToAsync(xlsxCopy);
        xlsxCopy.Position = 0;
        Assert.Equal(report.Rows.Select(ReportXlsxRow.From), ReportXlsxReader.Read(xlsxCopy));
    }

    [Fact]
    public async Task Regenerating_a_round_replaces_its_files_and_other_districts_are_not_listed()
    {
        var store = new ReportStore(await TestStorage.CreateAsync(azurite));
        var report = ReportFixtures.BangKhenReport();
        await store.SaveAsync(report);
        await store.SaveAsync(report with { District = "ปทุมวัน" });

        await store.SaveAsync(report);

        Assert.Equal(2, (await store.ListAsync("บางเขน")).Count);
        Assert.Equal(4, (await store.ListAsync()).Count);
    }

    [Fact]
    public async Task Unknown_or_foreign_blob_names_download_nothing()
    {
        var store = new ReportStore(await TestStorage.CreateAsync(azurite));

        Assert.Null(await store.OpenAsync("บางเขน/2567/first-half/report-first-half-2567.docx"));
        Assert.Null(await store.OpenAsync("../evidence/secret.docx"));
    }
}
