namespace ItaWorkflow.Workflow.Measures;

/// <summary>The division's own status of the work (ยังไม่เริ่ม / กำลังดำเนินการ / แล้วเสร็จ / มีปัญหา).</summary>
public enum WorkStatus
{
    NotStarted,
    InProgress,
    Done,
    Blocked,
}
