using ItaWorkflow.Directories;

namespace ItaWorkflow.Tests.Directories;

public sealed class DirectoryCoverageTests
{
    private static readonly DistrictDirectory Directory = new(
        "บางรัก",
        [
            new DivisionContact("ฝ่ายทะเบียน", ["ทะเบียน"], ["tabien@bk.example"], null),
            new DivisionContact("ฝ่ายการคลัง", [], [], null),
        ],
        ["director@bk.example"],
        []);

    [Fact]
    public void Unknown_divisions_and_divisions_without_email_are_unreachable_once_each_in_the_order_given()
    {
        var missing = DirectoryCoverage.Unreachable(Directory, ["ฝ่าย ทะเบียน", "ทะเบียน", "ฝ่ายโยธา", "ฝ่ายการคลัง", "ฝ่ายโยธา", " "]);

        Assert.Equal(["ฝ่ายโยธา", "ฝ่ายการคลัง"], missing);
    }

    [Fact]
    public void Every_division_needs_an_address_for_all_divisions_and_no_directory_reaches_nobody()
    {
        Assert.Equal([DistrictDirectory.AllDivisions], DirectoryCoverage.Unreachable(Directory, [DistrictDirectory.AllDivisions]));
        Assert.Empty(DirectoryCoverage.Unreachable(Directory with { Divisions = [Directory.Divisions[0]] }, [DistrictDirectory.AllDivisions]));
        Assert.Equal(["ฝ่ายทะเบียน"], DirectoryCoverage.Unreachable(null, ["ฝ่ายทะเบียน"]));
    }

    [Fact]
    public void The_acting_director_receives_the_directors_mail_only_within_the_range()
    {
        var acting = Directory with { ActingDirector = new ActingDirector("นายรักษา แทน", "acting@bk.example", new(2026, 12, 1), new(2026, 12, 15)) };

        Assert.Equal(["acting@bk.example"], acting.Recipients(ItaWorkflow.Workflow.Engine.EmailAudience.Director, [], new DateOnly(2026, 12, 15)).Select(r => r.Email));
        Assert.Equal(["director@bk.example"], acting.Recipients(ItaWorkflow.Workflow.Engine.EmailAudience.Director, [], new DateOnly(2026, 12, 16)).Select(r => r.Email));
        Assert.Equal(["director@bk.example"], acting.Recipients(ItaWorkflow.Workflow.Engine.EmailAudience.Director, []).Select(r => r.Email));
    }
}
