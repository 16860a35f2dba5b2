using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ItaWorkflow.Directories;
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
        Assert.DoesNotContain("M01", email.Subject, StringComparison.Ordinal);
        Assert.Contains("http://localhost/l/a.b.c?x=1&y=2", email.Text);
        Assert.Matches("[ก-๙]", email.Text);
    }

    [Fact]
    public void Submission_received_shows_division_percent_status_result_and_problems_to_the_director()
    {
        var data = HostileData();
        data.Remove("round");

        var text = EmailTemplates.Render("submission-received", data, "ผู้อำนวยการเขตทดสอบ", "http://x/l/t").Text;

        Assert.Contains("ประจำเดือนพฤศจิกายน ๒๕๖๖", text);
        Assert.Contains("กำลังดำเนินการ", text);
        Assert.Contains("ร้อยละความสำเร็จ: ๕๐", text);
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

    private static Dictionary<string, string> MeasureData(string task = "progress") => new()
    {
        ["instanceId"] = "หนองแขม-2567-M05", ["measureId"] = "M05", ["title"] = "จัดทำสื่อเผยแพร่มาตรการป้องกันการรับสินบนและ No Gift Policy",
        ["district"] = "หนองแขม", ["fiscalYear"] = "2567", ["task"] = task, ["period"] = "4", ["periodStart"] = "2024-02-01",
        ["periodEnd"] = "2024-02-29", ["due"] = "2024-03-05", ["reportDue"] = "2024-03-05", ["division"] = "ฝ่ายปกครอง",
    };

    private static readonly EmailSignOff SignOff = new("สำนักงานเขตหนองแขม", "นางสาวรัตนพร ตันพันธ์", "ita@nongkhaem.example", "0 2421 1234");

    public static TheoryData<string, string, DirectoryRole> Recipients() => new()
    {
        { "progress-due", "หัวหน้าฝ่ายปกครอง", DirectoryRole.Division },
        { "escalation-head", "หัวหน้าฝ่ายปกครอง", DirectoryRole.DivisionHead },
        { "escalation-director", "ผู้อำนวยการเขตหนองแขม", DirectoryRole.Director },
        { "submission-received", "เรียน ผู้อำนวยการเขตหนองแขม", DirectoryRole.Director },
        { "review-reminder", "ผู้อำนวยการเขตหนองแขม", DirectoryRole.Director },
    };

    [Theory]
    [MemberData(nameof(Recipients))]
    public void Rean_appears_exactly_once_addressed_to_the_position(string template, string greeting, DirectoryRole role)
    {
        var email = EmailTemplates.Render(template, MeasureData(), greeting, "https://ita.example/l/t", role, SignOff);

        var position = greeting.Replace("เรียน ", "", StringComparison.Ordinal);
        Assert.Single(Regex.Matches(email.Text, "เรียน(?!มา)"));
        Assert.StartsWith("เรียน " + position + "\n", email.Text, StringComparison.Ordinal);
        Assert.Single(new HtmlParser().ParseDocument(email.Html).QuerySelectorAll("p"), p => p.TextContent.StartsWith("เรียน", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DirectoryRole.Director, EmailTemplates.ClosingToSuperior)]
    [InlineData(DirectoryRole.DivisionHead, EmailTemplates.ClosingToSuperior)]
    [InlineData(DirectoryRole.Division, EmailTemplates.ClosingToOthers)]
    public void Superiors_are_asked_to_consider_and_every_email_closes_with_the_office_and_a_contact(DirectoryRole role, string closing)
    {
        var email = EmailTemplates.Render("escalation-head", MeasureData(), "หัวหน้าฝ่ายปกครอง", "https://ita.example/l/t", role, SignOff);

        Assert.Contains(closing, email.Text, StringComparison.Ordinal);
        Assert.Contains(closing, email.Html, StringComparison.Ordinal);
        var closingAt = email.Text.IndexOf(closing, StringComparison.Ordinal);
        Assert.Contains("สำนักงานเขตหนองแขม\nนางสาวรัตนพร ตันพันธ์ ผู้ประสานงาน ITA\nติดต่อ อีเมล ita@nongkhaem.example โทร. ๐ ๒๔๒๑ ๑๒๓๔", email.Text[closingAt..], StringComparison.Ordinal);
    }

    [Fact]
    public void The_period_is_named_by_its_month_and_digits_are_Thai()
    {
        var email = EmailTemplates.Render("progress-due", MeasureData(), "หัวหน้าฝ่ายปกครอง", "https://ita.example/l/t9", DirectoryRole.Division, SignOff);

        Assert.Contains("ประจำเดือนกุมภาพันธ์ ๒๕๖๗", email.Subject, StringComparison.Ordinal);
        Assert.Contains("ประจำเดือนกุมภาพันธ์ ๒๕๖๗", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("งวดที่", email.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9]", email.Text.Replace("https://ita.example/l/t9", "", StringComparison.Ordinal));
        Assert.DoesNotMatch("[0-9]", email.Subject);
    }

    [Fact]
    public void The_measure_is_named_by_its_title_never_its_id_and_the_subject_has_no_junk()
    {
        var email = EmailTemplates.Render("assignment", MeasureData(), "หัวหน้าฝ่ายปกครอง", "https://ita.example/l/t", DirectoryRole.Division, SignOff);

        Assert.Equal("มอบหมายมาตรการ: จัดทำสื่อเผยแพร่มาตรการป้องกันการรับสินบนและ No Gift Policy", email.Subject);
        Assert.Contains("มาตรการ: จัดทำสื่อเผยแพร่มาตรการป้องกันการรับสินบนและ No Gift Policy\n", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("M05", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("M05", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("มาตรการ มาตรการ", email.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("progress", "การรายงานผลการดำเนินการประจำเดือนกุมภาพันธ์ ๒๕๖๗")]
    [InlineData("acknowledge", "การรับทราบมาตรการ")]
    public void An_escalation_names_the_late_division_and_what_is_late(string task, string what)
    {
        var data = MeasureData(task);
        data.Remove("division");
        data["divisions"] = "ฝ่ายปกครอง";

        var email = EmailTemplates.Render("escalation-director", data, "ผู้อำนวยการเขตหนองแขม", "https://ita.example/l/t", DirectoryRole.Director, SignOff);

        Assert.Contains($"ฝ่ายปกครอง ยังไม่ได้{what[3..]} ของมาตรการ “จัดทำสื่อเผยแพร่มาตรการป้องกันการรับสินบนและ No Gift Policy” ซึ่งครบกำหนดเมื่อวันที่ ๕ มีนาคม ๒๕๖๗", email.Text, StringComparison.Ordinal);
        Assert.Contains("ฝ่ายที่ยังไม่ได้ดำเนินการ: ฝ่ายปกครอง", email.Text, StringComparison.Ordinal);
        Assert.Contains("เรื่องที่เกินกำหนด: " + what, email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_email_reads_on_a_phone_with_a_viewport_and_no_fixed_widths()
    {
        var html = EmailTemplates.Render("submission-received", MeasureData(), "ผู้อำนวยการเขตหนองแขม", "https://ita.example/l/t", DirectoryRole.Director, SignOff).Html;

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("width=device-width, initial-scale=1", document.QuerySelector("meta[name=viewport]")?.GetAttribute("content"));
        Assert.Contains("max-width:", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!max-)width:\s*\d+px", html);
        Assert.DoesNotMatch(@"\swidth=""\d", html);
    }
}
