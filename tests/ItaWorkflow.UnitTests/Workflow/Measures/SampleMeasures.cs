using ItaWorkflow.Domain;
using ItaWorkflow.Workflow.Measures;

namespace ItaWorkflow.Tests.Workflow.Measures;

public static class SampleMeasures
{
    public const string Registry = "ฝ่ายทะเบียน";
    public const string Finance = "ฝ่ายการคลัง";

    public static Measure Measure(string id = "M01", int months = 1, params string[] divisions) => new(
        id,
        9,
        ["O30"],
        null,
        "ยังไม่เปิดเผยรายงานผลการดำเนินการ",
        $"เผยแพร่รายงานผลการดำเนินการ {id}",
        "รายงานบนเว็บไซต์",
        "ประชาสัมพันธ์ผ่านเว็บไซต์",
        Deadline.None,
        divisions.Length == 0 ? [Registry] : divisions,
        [],
        new FollowUpCadence(months),
        "test:1");

    public static MeasureInput Input(Measure measure, int fiscalYear = 2567) =>
        new("ทดสอบ-2567", "ทดสอบ", fiscalYear, measure, WorkflowCalendar.Default);

    /// <summary>1 Oct 2023 09:00 Bangkok: the first day of fiscal year 2567.</summary>
    public static DateTimeOffset FiscalYearStart { get; } = new(2023, 10, 1, 9, 0, 0, TimeSpan.FromHours(7));
}
