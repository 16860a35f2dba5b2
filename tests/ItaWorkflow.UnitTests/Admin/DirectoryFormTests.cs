using System.Text.Json;
using ItaWorkflow.Admin;
using ItaWorkflow.Directories;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Tests.Admin;

public sealed class DirectoryFormTests
{
    private static readonly DistrictDirectory Saved = new(
        "บางรัก",
        [
            new DivisionContact("ฝ่ายทะเบียน", ["ทะเบียน", "ฝ่าย ทะเบียนราษฎร"], ["a@bk.example", "b@bk.example"], "head@bk.example", "g-reg"),
            new DivisionContact("ฝ่ายการคลัง", [], ["fin@bk.example"], null),
        ],
        ["director@bk.example"],
        ["ita@bk.example"],
        "นายผู้อำนวยการ เขตดี",
        "นางสาวประสาน งานดี",
        "นักวิเคราะห์นโยบายและแผน",
        "02 000 0000",
        new ActingDirector("นายรักษา แทน", "acting@bk.example", new(2026, 12, 1), new(2026, 12, 15)));

    [Fact]
    public void A_directory_shown_in_the_form_and_posted_back_unchanged_saves_the_same_directory()
    {
        var fields = Post(DirectoryForm.FromDirectory(Saved));

        var (directory, errors) = DirectoryForm.Validate(DirectoryForm.Read("บางรัก", name => fields.GetValueOrDefault(name, "")), AdminText.Thai);

        Assert.Empty(errors);
        Assert.Equal(
            JsonSerializer.Serialize(Saved, EngineJson.Options),
            JsonSerializer.Serialize(directory, EngineJson.Options));
    }

    [Fact]
    public void Wrong_fields_are_named_in_thai_with_what_to_fix_and_blank_or_removed_rows_are_ignored()
    {
        var values = DirectoryForm.FromDirectory(Saved) with
        {
            Rows =
            [
                new("ฝ่ายทะเบียน", "", "tabien@", "", ""),
                new("", "", "orphan@bk.example", "", ""),
                new("ฝ่าย ทะเบียน", "", "x@bk.example", "", ""),
                DirectoryFormRow.Blank,
                new("ฝ่ายที่ยุบแล้ว", "", "", "", "", Remove: true),
            ],
            DirectorEmails = "",
            ActingFrom = "2026-12-20",
            ActingTo = "2026-12-01",
        };

        var (directory, errors) = DirectoryForm.Validate(values, AdminText.Thai);

        Assert.Null(directory);
        Assert.Equal(["emails-0", "name-1", "name-2", "director-emails", "acting-to"], errors.Select(e => e.Field));
        Assert.Contains("แถว 1: อีเมล “tabien@” ไม่ถูกต้อง", errors[0].Message);
        Assert.Contains("ใส่ชื่อฝ่าย", errors[1].Message);
        Assert.Contains("ซ้ำกับแถว 1", errors[2].Message);
        Assert.Contains("ผู้อำนวยการเขต", errors[3].Message);
        Assert.Contains("วันสิ้นสุดต้องไม่ก่อนวันเริ่ม", errors[4].Message);
        Assert.All(errors, e => Assert.DoesNotContain(" — ", e.Message));
    }

    [Fact]
    public void English_pages_get_the_english_messages()
    {
        var (_, errors) = DirectoryForm.Validate(DirectoryForm.FromDirectory(Saved) with { DirectorEmails = "nobody" }, AdminText.InEnglish);

        Assert.Equal("“nobody” is not an email address like tabien@bangkok.go.th.", Assert.Single(errors).Message);
    }

    private static Dictionary<string, string> Post(DirectoryFormValues v)
    {
        var fields = new Dictionary<string, string>
        {
            ["rows"] = v.Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["director-name"] = v.DirectorName,
            ["director-emails"] = v.DirectorEmails,
            ["acting-name"] = v.ActingName,
            ["acting-email"] = v.ActingEmail,
            ["acting-from"] = v.ActingFrom,
            ["acting-to"] = v.ActingTo,
            ["coordinator-name"] = v.CoordinatorName,
            ["coordinator-position"] = v.CoordinatorPosition,
            ["coordinator-emails"] = v.CoordinatorEmails,
            ["contact-phone"] = v.ContactPhone,
        };
        for (var i = 0; i < v.Rows.Count; i++)
        {
            var row = v.Rows[i];
            fields[$"name-{i}"] = row.Name;
            fields[$"aliases-{i}"] = row.Aliases;
            fields[$"emails-{i}"] = row.Emails;
            fields[$"head-{i}"] = row.HeadEmail;
            fields[$"group-{i}"] = row.GroupId;
        }

        return fields;
    }
}
