using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Reports;

/// <summary>Decides a round's <see cref="ReportStatus"/> from the plan's report stage and names it.</summary>
public static class ReportStatuses
{
    /// <summary>The status of a round at <paramref name="stage"/>; before the round opens, a compiled draft counts.</summary>
    public static ReportStatus Of(ReportStage stage, bool hasDraft) => stage switch
    {
        ReportStage.NotOpen => hasDraft ? ReportStatus.Draft : ReportStatus.Waiting,
        ReportStage.Compiling => ReportStatus.Draft,
        ReportStage.CoordinatorReview => ReportStatus.CoordinatorReview,
        ReportStage.DirectorApproval => ReportStatus.DirectorReview,
        _ => ReportStatus.Published,
    };

    /// <summary>The status in Thai with its English after, as the admin pages' messages are written.</summary>
    public static string Label(ReportStatus status) => status switch
    {
        ReportStatus.Waiting => "รอถึงรอบรายงาน (Waiting)",
        ReportStatus.Draft => "ฉบับร่าง (Draft)",
        ReportStatus.CoordinatorReview => "รอผู้ประสานงานตรวจสอบ (In review: coordinator)",
        ReportStatus.DirectorReview => "รอผู้อำนวยการเขตพิจารณา (In review: director)",
        _ => "อนุมัติและเผยแพร่แล้ว (Approved and published)",
    };
}
