using AngleSharp.Html.Parser;
using ItaWorkflow.Notifications;

namespace ItaWorkflow.Tests.Notifications;

public sealed class EmailTemplatesTests
{
    private const string Script = "<script>alert('x')</script>";

    private static Dictionary<string, string> HostileData() => new()
    {
        ["instanceId"] = "ทดสอบ-2567-M01", ["measureId"] = "M01", ["title"] = "ชื่อ " + Script, ["district"] = "ทดสอบ" + Script,
        ["fiscalYear"] = "2567", ["task"] = "progress", ["period"] = "1", ["periodStart"] = "2023-11-01", ["periodEnd"] = "2023-11-30",
        ["due"] = "2023-11-25", ["comment"] = "แก้ไข " + Script, ["division"] = "ฝ่าย" + Script, ["percent"] = "50",
        ["workStatus"] = "InProgress", ["result"] = "ผล " + Script, ["problems"] = "ปัญหา " + Script, ["round"] = "FirstHalf",
        ["missing"] = "M02" + Script, ["missingCount"] = "1",
    };

    public static TheoryData<string> Templates() => [.. EmailTemplates.Names];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_template_escapes_user_text_in_html_and_keeps_it_readable(string template)
    {
        var data = HostileData();
        if (!template.StartsWith("report", StringComparison.Ordinal) && !template.StartsWith("review", StringComparison.Ordinal))
        {
            data.Remove("round");
        }

        var email = EmailTemplates.Render(template, data, "ฝ่าย" + Script, "http://localhost/l/a.b.c?x=1&y=2");

        var document = new HtmlParser().ParseDocument(email.Html);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains(Script, document.Body!.TextContent);
        Assert.Contains("http://localhost/l/a.b.c?x=1&y=2", document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("[ITA]", email.Subject);
        Assert.Contains("http://localhost/l/a.b.c?x=1&y=2", email.Text);
        Assert.Matches("[ก-๙]", email.Text);
    }

    [Fact]
    public void Submission_received_shows_division_percent_status_result_and_problems_to_the_director()
    {
        var data = HostileData();
        data.Remove("round");

        var text = EmailTemplates.Render("submission-received", data, "ผู้อำนวยการเขตทดสอบ", "http://x/l/t").Text;

        Assert.Contains("งวดที่ 2 (1 พฤศจิกายน 2566 – 30 พฤศจิกายน 2566)", text);
        Assert.Contains("กำลังดำเนินการ", text);
        Assert.Contains("ร้อยละความสำเร็จ: 50", text);
        Assert.Contains("ปัญหา/อุปสรรค: ปัญหา", text);
    }

    [Theory]
    [InlineData(2023, 10, 25, "25 ตุลาคม 2566", "๒๕ ตุลาคม ๒๕๖๖")]
    [InlineData(2024, 2, 29, "29 กุมภาพันธ์ 2567", "๒๙ กุมภาพันธ์ ๒๕๖๗")]
    public void Thai_dates_use_Buddhist_era_and_Thai_month_names(int year, int month, int day, string arabic, string thai)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(arabic, ThaiDates.Format(date));
        Assert.Equal(thai, ThaiDates.FormatThaiDigits(date));
    }

    [Fact]
    public void Thai_date_time_is_shown_in_Bangkok_time()
    {
        Assert.Equal("1 ตุลาคม 2566 เวลา 09:30 น.", ThaiDates.Format(new DateTimeOffset(2023, 10, 1, 2, 30, 0, TimeSpan.Zero)));
    }
}
