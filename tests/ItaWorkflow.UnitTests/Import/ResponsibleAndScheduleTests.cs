using System.Text;
using ItaWorkflow.Domain;
using ItaWorkflow.Import;

namespace ItaWorkflow.Tests.Import;

/// <summary>Responsible divisions (lead first, positions without a division) and the deadlines and cadence written in a plan.</summary>
public sealed class ResponsibleAndScheduleTests
{
    private static ImportResult Import(string header, string row, int fiscalYear = 2567) =>
        PlanImporter.Import(Encoding.UTF8.GetBytes(header + "\n" + row + "\n"), "plan.txt", "หนองแขม", fiscalYear);

    private static Measure ImportOne(string responsible, string deadline = "", string cadence = "", int fiscalYear = 2567) =>
        Assert.Single(Import(
            "ตัวชี้วัด\tประเด็นที่ต้องปรับปรุง\tมาตรการ/กิจกรรม\tผู้รับผิดชอบ\tระยะเวลาแล้วเสร็จ\tระยะเวลากำกับติดตาม",
            $"ตัวชี้วัดที่ ๒ การใช้งบประมาณ\tเผยแพร่แผน\tจัดทำ info graphic\t{responsible}\t{deadline}\t{cadence}", fiscalYear).Draft!.Measures);

    [Theory]
    [InlineData("ฝ่ายคลังและทุกฝ่าย", "ฝ่ายการคลัง")]
    [InlineData("ฝ่ายทะเบียน และเจ้าหน้าที่ทุกฝ่าย", "ฝ่ายทะเบียน")]
    [InlineData("ฝ่ายโยธา ฝ่ายอื่นๆ", "ฝ่ายโยธา")]
    [InlineData("ทุกฝ่าย", "กลุ่มงานบริหารทั่วไป")]
    public void Every_division_keeps_the_named_lead_division_first(string responsible, string lead)
    {
        var measure = ImportOne(responsible);

        Assert.Equal(lead, measure.Divisions[0]);
        Assert.Equal(DefaultDivisions.All.Select(d => d.Name).Order(), measure.Divisions.Order());
    }

    [Theory]
    [InlineData("ผู้อำนวยการเขต")]
    [InlineData("ผู้ช่วยผู้อำนวยการเขต")]
    [InlineData("นางสาวรัตนพร ตันพันธ์")]
    public void A_person_named_only_by_position_or_name_asks_the_reviewer_to_choose_the_division(string responsible)
    {
        var result = Import(
            "ตัวชี้วัด\tประเด็นที่ต้องปรับปรุง\tมาตรการ/กิจกรรม\tผู้รับผิดชอบ",
            $"ตัวชี้วัดที่ ๒ การใช้งบประมาณ\tเผยแพร่แผน\tจัดทำ info graphic\t{responsible}");

        var measure = Assert.Single(result.Draft!.Measures);
        Assert.NotEmpty(measure.Divisions);
        var finding = Assert.Single(result.Findings, f => f.Code == FindingCode.DivisionToChoose);
        Assert.Equal((FindingSeverity.Warning, "M01", "ฝ่ายปกครอง"), (finding.Severity, finding.MeasureId, finding.Assumed));
    }

    [Fact]
    public void A_layout_without_a_responsible_column_warns_once()
    {
        var result = PlanImporter.Import(Encoding.UTF8.GetBytes(
            "ตัวชี้วัด\tประเด็นที่ต้องปรับปรุง\tมาตรการ/กิจกรรม\n" +
            "ตัวชี้วัดที่ ๒ การใช้งบประมาณ\tเผยแพร่แผน\tจัดทำ info graphic\n" +
            "\tจัดทำคู่มือ\tประชุมชี้แจง\n"), "plan.txt", "หนองแขม", 2567);

        Assert.Equal(2, result.Draft!.Measures.Count);
        var finding = Assert.Single(result.Findings, f => f.Code == FindingCode.ResponsibleColumnMissing);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData(2566, "๓๐ มี.ค. ๖๖", "2023-03-30")]
    [InlineData(2567, "ภายในเดือนเมษายน ๒๕๖๗", "2024-04-30")]
    [InlineData(2567, "31 ธันวาคม 2566", "2023-12-31")]
    public void Deadlines_written_in_the_plan_become_the_measures_due_date(int fiscalYear, string deadline, string expected)
    {
        var measure = ImportOne("ฝ่ายคลัง", deadline, "ทุก ๖ เดือน", fiscalYear);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), measure.Deadline.Date);
        Assert.Equal(FollowUpCadence.SemiAnnual, measure.Cadence);
    }

    [Theory]
    [InlineData("ทุก ๖ เดือน", 6)]
    [InlineData("ทุก 3 เดือน", 3)]
    [InlineData("รายเดือน", 1)]
    public void The_written_cadence_drives_the_follow_up(string cadence, int months)
    {
        Assert.Equal(months, ImportOne("ฝ่ายคลัง", "", cadence).Cadence.Months);
    }

    [Theory]
    [InlineData("๓๐ ก.ย. ๖๘")]
    [InlineData("ภายในเดือนเมษายน ๒๕๖๖")]
    public void A_deadline_outside_the_chosen_fiscal_year_is_a_finding(string deadline)
    {
        var result = Import(
            "ตัวชี้วัด\tประเด็นที่ต้องปรับปรุง\tมาตรการ/กิจกรรม\tผู้รับผิดชอบ\tระยะเวลาแล้วเสร็จ",
            $"ตัวชี้วัดที่ ๒ การใช้งบประมาณ\tเผยแพร่แผน\tจัดทำ info graphic\tฝ่ายคลัง\t{deadline}");

        Assert.Single(result.Findings, f => f.Code == FindingCode.DeadlineOutsideFiscalYear && f.MeasureId == "M01");
    }
}
