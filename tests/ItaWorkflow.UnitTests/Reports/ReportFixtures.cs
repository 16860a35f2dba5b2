using ItaWorkflow.Domain;
using ItaWorkflow.Reports;
using ItaWorkflow.Tests.Import;

namespace ItaWorkflow.Tests.Reports;

/// <summary>Plans, progress and reports shaped like the Bang Khen and Pathum Wan seeds.</summary>
internal static class ReportFixtures
{
    public static readonly DateTimeOffset GeneratedAt = new(2024, 4, 5, 3, 0, 0, TimeSpan.Zero);

    // A 1×1 transparent PNG.
    public static byte[] TinyPng { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static Measure Measure(string id, int indicator, string activity, string issue = "เจ้าหน้าที่ยังไม่ทราบแนวทางปฏิบัติ", params string[] codes) =>
        new(
            id,
            indicator,
            codes.Length == 0 ? [$"I{indicator}"] : codes,
            id == "M1" ? 73.34m : null,
            issue,
            activity,
            "รายงาน ๑ ฉบับ",
            "เว็บไซต์สำนักงานเขต",
            Deadline.None,
            ["ฝ่ายปกครอง"],
            [],
            FollowUpCadence.Monthly,
            "test");

    public static ApprovedProgress Progress(
        string measureId,
        DateOnly periodEnd,
        bool approved = true,
        string result = "ดำเนินการแล้ว",
        string problems = "",
        decimal? percent = 50m,
        params EvidenceItem[] evidence) =>
        new(
            measureId,
            periodEnd,
            approved ? new DateTimeOffset(periodEnd.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(5) : null,
            approved ? "ดำเนินการ" : "รอพิจารณา",
            percent,
            result,
            problems,
            evidence,
            approved);

    /// <summary>Three tools, five indicators, one measure of each status.</summary>
    public static Plan BangKhenPlan() => new(
        "บางเขน",
        2567,
        [
            Measure("M10", 9, "เปิดเผยข้อมูลผลการดำเนินงานในเชิงสถิติบนเว็บไซต์", "ข้อมูลยังไม่เป็นปัจจุบัน", "O12"),
            Measure("M2", 1, "กิจกรรมสร้างวัฒนธรรมการให้บริการกับเจ้าหน้าที่ประจำจุด", "พัฒนาจุดบริการ ศูนย์ราชการ ฉับไว ใส่สะอาด", "I1"),
            Measure("M1", 2, "เวียนแจ้งและจัดประชุมชี้แจงเรื่องงบประมาณที่ได้รับการจัดสรร", "เจ้าหน้าที่ยังไม่ทราบเกี่ยวกับงบประมาณ", "I8"),
            Measure("M3", 6, "เผยแพร่คู่มือมาตรฐานการให้บริการในรูปแบบอินโฟกราฟิก", "การให้บริการยังไม่เป็นไปตามขั้นตอน", "E1"),
            Measure("M4", 10, "ผู้อำนวยการเขตกำกับติดตามการดำเนินการของหน่วยงานผู้รับผิดชอบ", "ยังไม่มีการรายงานผลตามมาตรการ", "O30"),
        ]);

    public static IReadOnlyList<ApprovedProgress> BangKhenProgress() =>
    [
        Progress("M2", new DateOnly(2023, 10, 31), result: "จัดอบรมเจ้าหน้าที่ประจำจุดบริการแล้ว", evidence: new EvidenceItem("photo.png", "https://example.go.th/evidence/photo.png", TinyPng)),
        Progress("M2", new DateOnly(2024, 2, 29), result: "ตรวจรายการตรวจสอบตามคู่มือครบทุกจุด", problems: "เจ้าหน้าที่หมุนเวียนบ่อย", percent: 80m),
        Progress("M1", new DateOnly(2024, 3, 31), result: "จัดประชุมชี้แจงงบประมาณแก่เจ้าหน้าที่ทุกฝ่าย", percent: 100m),
        Progress("M3", new DateOnly(2024, 1, 31), approved: false, result: "ร่างคู่มือ"),
        Progress("M10", new DateOnly(2024, 3, 31), result: "นำข้อมูลสถิติขึ้นเว็บไซต์ของสำนักงานเขตแล้ว"),
    ];

    public static SemiAnnualReport BangKhenReport(ReportRound round = ReportRound.FirstHalf) =>
        ReportCompiler.Compile(
            BangKhenPlan(),
            round,
            BangKhenProgress(),
            new ReportSignatory("นางสาวพิศมัย เรืองศิลป์", "ผู้อำนวยการเขตบางเขน"),
            GeneratedAt);

    /// <summary>A report whose user text carries markup, ampersands, quotes, control characters and formula prefixes.</summary>
    public static SemiAnnualReport HostileReport()
    {
        var plan = new Plan(
            "บางเขน",
            2567,
            [
                Measure("M1", 1, "=HYPERLINK(\"http://x\")", "<script>alert('x')</script> & \"quoted\"\u0001\u000B"),
                Measure("M2", 5, "@SUM(A1:A2)", "+1+1", "I21"),
            ]);
        var progress = new[]
        {
            Progress("M1", new DateOnly(2024, 3, 31), result: "-2+3 ผล <b>ตัวหนา</b> &amp;", problems: "\u0007ปัญหา\r\nบรรทัดสอง", evidence:
                [new EvidenceItem("<img src=x>", "javascript:alert(1)"), new EvidenceItem("รูป & ภาพ", "https://example.go.th/a?b=1&c=2")]),
        };
        return ReportCompiler.Compile(plan, ReportRound.FirstHalf, progress, new ReportSignatory("นาย<ก>", "ผู้อำนวยการเขตบางเขน"), GeneratedAt);
    }

    /// <summary>
    /// The Nong Khaem seed plan (31 measures) with a simulated first half: most measures have an approved result
    /// with uploaded files and public links, every seventh has nothing reported and every eleventh awaits approval.
    /// </summary>
    public static SemiAnnualReport NongKhaemReport()
    {
        var plan = Seeds.Import(Seeds.NongKhaem).Draft!;
        var progress = new List<ApprovedProgress>();
        for (var i = 0; i < plan.Measures.Count; i++)
        {
            var id = plan.Measures[i].Id;
            if (i % 7 == 6)
            {
                continue;
            }

            progress.Add(Progress(id, new DateOnly(2023, 12, 31), result: "ประชุมชี้แจงเจ้าหน้าที่ผู้รับผิดชอบและมอบหมายงานแล้ว", percent: 30m));
            progress.Add(Progress(
                id,
                new DateOnly(2024, 3, 31),
                approved: i % 11 != 10,
                result: $"ดำเนินการตามมาตรการแล้ว {i + 2} ครั้ง เผยแพร่ผ่านเว็บไซต์และเฟซบุ๊กของสำนักงานเขต มีผู้เข้าถึงข้อมูล {(i + 1) * 120} คน",
                problems: i % 3 == 0 ? "เจ้าหน้าที่มีภารกิจหลายด้าน ควรกำหนดผู้รับผิดชอบสำรอง" : "",
                percent: 50m + i,
                evidence:
                [
                    new EvidenceItem($"ภาพกิจกรรม{i + 1}.jpg", ""),
                    new EvidenceItem("ข่าวประชาสัมพันธ์", $"https://webportal.bangkok.go.th/nongkhaem/page/sub/{22000 + i}"),
                    new EvidenceItem("scan.pdf", $"http://127.0.0.1:10000/devstoreaccount1/evidence/{id}/scan.pdf"),
                    new EvidenceItem("รายงาน.pdf", $"https://ita.example.go.th/manage/evidence/{id}%2Freport.pdf"),
                ]));
        }

        return ReportCompiler.Compile(plan, ReportRound.FirstHalf, progress, new ReportSignatory("นายสมชาย ใจดี", "ผู้อำนวยการเขตหนองแขม"), GeneratedAt);
    }
}
