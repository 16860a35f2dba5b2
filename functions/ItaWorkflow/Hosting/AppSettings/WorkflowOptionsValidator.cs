using Microsoft.Extensions.Options;

namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>Checks the defaults and every district's effective schedule.</summary>
public sealed class WorkflowOptionsValidator : IValidateOptions<WorkflowOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowOptions options)
    {
        var failures = new List<string>();
        Check(WorkflowOptions.SectionName, options.ForDistrict(""), failures);
        foreach (var district in options.Districts.Keys.Order(StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(district))
            {
                failures.Add(SettingMessage.Format($"{WorkflowOptions.SectionName}:Districts", "ชื่อเขตว่าง", "a district name is empty"));
                continue;
            }

            Check($"{WorkflowOptions.SectionName}:Districts:{district}", options.ForDistrict(district), failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(string prefix, WorkflowSchedule schedule, List<string> failures)
    {
        InRange($"{prefix}:{nameof(WorkflowSchedule.ProgressDueDay)}", schedule.ProgressDueDay, 1, 28, failures);
        InRange($"{prefix}:{nameof(WorkflowSchedule.ReminderDaysBefore)}", schedule.ReminderDaysBefore, 0, 27, failures);
        if (schedule.ReminderDaysBefore >= schedule.ProgressDueDay && schedule.ProgressDueDay is >= 1 and <= 28)
        {
            failures.Add(SettingMessage.Format(
                $"{prefix}:{nameof(WorkflowSchedule.ReminderDaysBefore)}",
                $"ต้องน้อยกว่าวันครบกำหนด ({schedule.ProgressDueDay}) เพื่อให้เตือนภายในเดือนเดียวกัน (ค่าปัจจุบัน {schedule.ReminderDaysBefore})",
                $"must be less than the due day ({schedule.ProgressDueDay}) so the reminder falls in the same month (was {schedule.ReminderDaysBefore})"));
        }

        InRange($"{prefix}:{nameof(WorkflowSchedule.EscalationLevel1DaysAfter)}", schedule.EscalationLevel1DaysAfter, 1, 60, failures);
        InRange($"{prefix}:{nameof(WorkflowSchedule.EscalationLevel2DaysAfter)}", schedule.EscalationLevel2DaysAfter, 1, 90, failures);
        MustFollow(
            $"{prefix}:{nameof(WorkflowSchedule.EscalationLevel2DaysAfter)}", schedule.EscalationLevel2DaysAfter,
            nameof(WorkflowSchedule.EscalationLevel1DaysAfter), schedule.EscalationLevel1DaysAfter, failures);
        InRange($"{prefix}:{nameof(WorkflowSchedule.ReviewReminderDays)}", schedule.ReviewReminderDays, 1, 60, failures);
        InRange($"{prefix}:{nameof(WorkflowSchedule.ReviewEscalationDays)}", schedule.ReviewEscalationDays, 1, 90, failures);
        MustFollow(
            $"{prefix}:{nameof(WorkflowSchedule.ReviewEscalationDays)}", schedule.ReviewEscalationDays,
            nameof(WorkflowSchedule.ReviewReminderDays), schedule.ReviewReminderDays, failures);
    }

    private static void InRange(string key, int value, int min, int max, List<string> failures)
    {
        if (value < min || value > max)
        {
            failures.Add(SettingMessage.Range(key, min, max, value));
        }
    }

    private static void MustFollow(string key, int value, string earlierName, int earlier, List<string> failures)
    {
        if (value <= earlier)
        {
            failures.Add(SettingMessage.Format(
                key,
                $"ต้องมากกว่า {earlierName} ({earlier}) เพื่อให้ขั้นถัดไปเกิดหลังขั้นแรก (ค่าปัจจุบัน {value})",
                $"must be greater than {earlierName} ({earlier}) so the later step comes after the earlier one (was {value})"));
        }
    }
}
