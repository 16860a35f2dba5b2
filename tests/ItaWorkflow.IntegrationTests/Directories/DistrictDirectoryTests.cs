using ItaWorkflow.Directories;
using ItaWorkflow.Tests.Infrastructure;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Tests.Directories;

[Collection(AzuriteCollection.Name)]
public sealed class DistrictDirectoryTests(Azurite azurite)
{
    private const string Csv = """
        district,role,name,aliases,emails,head
        บางรัก,division,ฝ่ายทะเบียน,ทะเบียน;ฝ่าย ทะเบียน,reg1@bk.example;reg2@bk.example,head.reg@bk.example
        บางรัก,division,"ฝ่ายการคลัง",,fin@bk.example,
        บางรัก,director,ผอ.เขต,,dir@bk.example;deputy@bk.example,
        บางรัก,coordinator,ITA,,ita@bk.example,
        """;

    [Fact]
    public void Csv_loads_divisions_aliases_heads_directors_and_coordinators()
    {
        var district = Assert.Single(DirectoryFile.ParseCsv(Csv));

        Assert.Equal("บางรัก", district.District);
        Assert.Equal(["dir@bk.example", "deputy@bk.example"], district.DirectorEmails);
        Assert.Equal(["ita@bk.example"], district.CoordinatorEmails);
        Assert.Equal("head.reg@bk.example", district.Find("ฝ่าย ทะเบียน")!.HeadEmail);
        Assert.Null(district.Find("ฝ่ายการคลัง")!.HeadEmail);
    }

    [Fact]
    public void All_divisions_expands_to_every_division_once()
    {
        var district = DirectoryFile.ParseCsv(Csv)[0];

        var recipients = district.Recipients(EmailAudience.Division, [DistrictDirectory.AllDivisions, "ทะเบียน"]);

        Assert.Equal(["reg1@bk.example", "reg2@bk.example", "fin@bk.example"], recipients.Select(r => r.Email));
        Assert.All(recipients, r => Assert.Equal(DirectoryRole.Division, r.Role));
    }

    [Fact]
    public void Head_audience_skips_divisions_without_a_head()
    {
        var district = DirectoryFile.ParseCsv(Csv)[0];

        var heads = district.Recipients(EmailAudience.DivisionHead, [DistrictDirectory.AllDivisions]);

        Assert.Equal([new DirectoryRecipient("head.reg@bk.example", DirectoryRole.DivisionHead, "ฝ่ายทะเบียน")], heads);
    }

    [Fact]
    public void A_bad_role_is_reported_with_its_line_in_Thai()
    {
        var error = Assert.Throws<FormatException>(() => DirectoryFile.ParseCsv("district,role,name,aliases,emails,head\nบางรัก,boss,x,,a@b.example,"));

        Assert.Contains("บรรทัด 2", error.Message);
    }

    [Fact]
    public async Task Table_store_round_trips_a_directory_loaded_from_json()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new TableDirectoryStore(storage);
        var json = System.Text.Json.JsonSerializer.Serialize(DirectoryFile.ParseCsv(Csv), EngineJson.Options);
        var loaded = DirectoryFile.ParseJson(json)[0];

        await store.SaveAsync(loaded, CancellationToken.None);

        var stored = await store.GetAsync("บางรัก", CancellationToken.None);
        Assert.Equal(loaded.Divisions.Select(d => d.Name), stored!.Divisions.Select(d => d.Name));
        Assert.Equal(loaded.Divisions[0].Emails, stored.Divisions[0].Emails);
        Assert.Single(await store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Importing_a_csv_file_saves_each_district()
    {
        var store = new TableDirectoryStore(await TestStorage.CreateAsync(azurite));
        var path = Path.Combine(Path.GetTempPath(), $"directory-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, Csv + "\nหนองแขม,coordinator,ITA,,ita@nk.example,\n");
        try
        {
            Assert.Equal(2, await DirectoryFile.ImportAsync(path, store, CancellationToken.None));
            Assert.Equal(["ita@nk.example"], (await store.GetAsync("หนองแขม", CancellationToken.None))!.CoordinatorEmails);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Json_gives_the_director_coordinator_and_contact_printed_in_reports_and_emails()
    {
        var district = Assert.Single(DirectoryFile.ParseJson(File.ReadAllText(Path.Combine(Azurite.RepoRoot, "samples", "directory.json"))));

        Assert.Equal("นายสมชาย ใจดี", district.DirectorName);
        Assert.Equal("นางสาวรัตนพร ตันพันธ์", district.CoordinatorName);
        Assert.Equal("นักจัดการงานทั่วไปชำนาญการ", district.CoordinatorPosition);
        Assert.Equal("0 2421 1234", district.ContactPhone);
        Assert.Null(Assert.Single(DirectoryFile.ParseCsv(Csv)).DirectorName);
    }
}
