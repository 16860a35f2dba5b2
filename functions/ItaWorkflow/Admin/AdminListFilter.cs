using System.Globalization;
using ItaWorkflow.Workflow.Engine;
using Microsoft.AspNetCore.WebUtilities;

namespace ItaWorkflow.Admin;

/// <summary>The instance list's filters, sort and page position as they travel in the query string.</summary>
public sealed record AdminListFilter(
    string? District,
    int? FiscalYear,
    string? Definition,
    RuntimeStatus? Status,
    string? Step,
    int? Indicator,
    string? Division,
    bool Overdue,
    DateOnly? CreatedFrom,
    DateOnly? CreatedTo,
    string? Text,
    string Sort,
    bool Descending,
    string? Token,
    int PageSize)
{
    public static IReadOnlyList<string> SortKeys { get; } = ["instance", "title", "division", "step", "status", "due", "updated"];

    public static AdminListFilter Parse(IQueryCollection q) => new(
        Str(q, "district"),
        Int(q, "fy"),
        Str(q, "definition"),
        Enum.TryParse<RuntimeStatus>(Str(q, "status"), out var status) ? status : null,
        Str(q, "step"),
        Int(q, "indicator"),
        Str(q, "division"),
        Str(q, "overdue") is "1" or "on" or "true",
        DateOnly.TryParse(Str(q, "from"), CultureInfo.InvariantCulture, out var from) ? from : null,
        DateOnly.TryParse(Str(q, "to"), CultureInfo.InvariantCulture, out var to) ? to : null,
        Str(q, "q"),
        SortKeys.Contains(Str(q, "sort") ?? "") ? Str(q, "sort")! : "instance",
        Str(q, "desc") == "1",
        Str(q, "token"),
        Math.Clamp(Int(q, "size") ?? 50, 1, 500));

    /// <summary>The engine query, restricted to the admin's district and with overdue meaning "running and due before now".</summary>
    public InstanceQuery ToQuery(AdminUser user, DateTimeOffset now)
    {
        var bangkok = TimeSpan.FromHours(7);
        return new InstanceQuery(
            user.ScopeDistrict(District),
            FiscalYear,
            Definition,
            Overdue ? RuntimeStatus.Running : Status,
            Step,
            CreatedFrom is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), bangkok) : null,
            CreatedTo is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), bangkok) : null,
            Indicator,
            Overdue ? now : null,
            PageSize,
            Token,
            Division,
            Text);
    }

    /// <summary>Sorts one page in memory (Table Storage returns rows in district, instance-id order).</summary>
    public IReadOnlyList<InstanceListItem> SortPage(IReadOnlyList<InstanceListItem> items)
    {
        Func<InstanceListItem, IComparable> key = Sort switch
        {
            "title" => i => i.Title,
            "division" => i => string.Join(",", i.Divisions),
            "step" => i => i.Step,
            "status" => i => i.Status.ToString(),
            "due" => i => i.NextDue ?? DateTimeOffset.MaxValue,
            "updated" => i => i.UpdatedAt,
            _ => i => i.District + "/" + i.InstanceId,
        };
        return Descending ? [.. items.OrderByDescending(key)] : [.. items.OrderBy(key)];
    }

    /// <summary>Whether a batch over this filter would reach across districts unnarrowed: a central admin must pick a district or a step.</summary>
    public bool BatchNeedsNarrowing(AdminUser user) => user.District is null && string.IsNullOrWhiteSpace(District) && string.IsNullOrWhiteSpace(Step);

    /// <summary>The query string of this filter with some values replaced.</summary>
    public string Url(string path, string? token = null, string? sort = null, bool? descending = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["district"] = District,
            ["fy"] = FiscalYear?.ToString(CultureInfo.InvariantCulture),
            ["definition"] = Definition,
            ["status"] = Status?.ToString(),
            ["step"] = Step,
            ["indicator"] = Indicator?.ToString(CultureInfo.InvariantCulture),
            ["division"] = Division,
            ["overdue"] = Overdue ? "1" : null,
            ["from"] = CreatedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = CreatedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["q"] = Text,
            ["sort"] = sort ?? Sort,
            ["desc"] = (descending ?? Descending) ? "1" : null,
            ["size"] = PageSize.ToString(CultureInfo.InvariantCulture),
            ["token"] = token,
        };
        return QueryHelpers.AddQueryString(path, values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    private static string? Str(IQueryCollection q, string key) => q.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;

    private static int? Int(IQueryCollection q, string key) => int.TryParse(Str(q, key), CultureInfo.InvariantCulture, out var n) ? n : null;
}
