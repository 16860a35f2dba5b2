using ItaWorkflow.Hosting.AppSettings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Tests.Hosting.AppSettings;

public sealed class WorkflowOptionsValidatorTests
{
    private readonly WorkflowOptionsValidator validator = new();

    [Fact]
    public void Defaults_are_valid_and_match_the_documented_cadence()
    {
        var options = new WorkflowOptions();

        Assert.True(validator.Validate(null, options).Succeeded);
        Assert.Equal(new WorkflowSchedule(25, 3, 2, 5, 3, 7, []), options.ForDistrict("เขตพระนคร") with { Holidays = [] });
    }

    [Fact]
    public void District_overrides_replace_only_the_values_they_set_and_add_their_holidays()
    {
        var options = Bind(new()
        {
            ["Workflow:Holidays:0"] = "2026-12-05",
            ["Workflow:Districts:เขตบางรัก:ProgressDueDay"] = "20",
            ["Workflow:Districts:เขตบางรัก:Holidays:0"] = "2026-12-10",
            ["Workflow:Districts:เขตบางรัก:Holidays:1"] = "2026-12-05",
        });

        var bangRak = options.ForDistrict("เขตบางรัก");
        var other = options.ForDistrict("เขตพระนคร");

        Assert.Equal(20, bangRak.ProgressDueDay);
        Assert.Equal(3, bangRak.ReminderDaysBefore);
        Assert.Equal([new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 10)], bangRak.Holidays);
        Assert.Equal(25, other.ProgressDueDay);
        Assert.Equal([new DateOnly(2026, 12, 5)], other.Holidays);
    }

    [Fact]
    public void Due_day_past_the_28th_is_refused_with_key_range_and_value_in_thai_and_english()
    {
        var result = validator.Validate(null, new WorkflowOptions { ProgressDueDay = 31 });

        var failure = Assert.Single(result.Failures!);
        Assert.Equal("Workflow:ProgressDueDay: ต้องอยู่ระหว่าง 1 ถึง 28 (ค่าปัจจุบัน 31) — must be between 1 and 28 (was 31)", failure);
    }

    [Fact]
    public void Director_escalation_before_division_head_escalation_is_refused()
    {
        var result = validator.Validate(null, new WorkflowOptions { EscalationLevel1DaysAfter = 5, EscalationLevel2DaysAfter = 5 });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Workflow:EscalationLevel2DaysAfter:", failure);
        Assert.Contains("ต้องมากกว่า EscalationLevel1DaysAfter (5)", failure);
        Assert.Contains("must be greater than EscalationLevel1DaysAfter (5)", failure);
    }

    [Fact]
    public void A_bad_district_override_is_reported_under_the_district_key()
    {
        var options = Bind(new() { ["Workflow:Districts:เขตบางรัก:ReviewEscalationDays"] = "2" });

        var failure = Assert.Single(validator.Validate(null, options).Failures!);

        Assert.StartsWith("Workflow:Districts:เขตบางรัก:ReviewEscalationDays:", failure);
    }

    [Fact]
    public void Reminder_that_would_fall_in_the_previous_month_is_refused()
    {
        var result = validator.Validate(null, new WorkflowOptions { ProgressDueDay = 3, ReminderDaysBefore = 3 });

        Assert.Contains(result.Failures!, f => f.StartsWith("Workflow:ReminderDaysBefore:", StringComparison.Ordinal) && f.Contains("same month", StringComparison.Ordinal));
    }

    private static WorkflowOptions Bind(Dictionary<string, string?> values)
    {
        var options = new WorkflowOptions();
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(WorkflowOptions.SectionName).Bind(options);
        return options;
    }
}
