using System.Globalization;
using System.Net.Mail;
using ItaWorkflow.Directories;

namespace ItaWorkflow.Admin;

/// <summary>
/// The directory as form fields and back: <see cref="FromDirectory"/> fills the table, <see cref="Read"/> takes what was
/// posted, <see cref="Validate"/> turns it into a directory or says, per field and in the page's language, what to fix.
/// </summary>
public static class DirectoryForm
{
    /// <summary>Most division rows a form may post; a district office has about twenty.</summary>
    public const int MaxRows = 200;

    /// <summary>The form's fields for a stored directory.</summary>
    public static DirectoryFormValues FromDirectory(DistrictDirectory d) => new(
        d.District,
        [.. d.Divisions.Select(v => new DirectoryFormRow(v.Name, Join(v.Aliases), Join(v.Emails), v.HeadEmail ?? "", v.EntraGroupId ?? ""))],
        d.DirectorName ?? "",
        Join(d.DirectorEmails),
        d.ActingDirector?.Name ?? "",
        d.ActingDirector?.Email ?? "",
        d.ActingDirector is { } a ? Iso(a.From) : "",
        d.ActingDirector is { } b ? Iso(b.To) : "",
        d.CoordinatorName ?? "",
        d.CoordinatorPosition ?? "",
        Join(d.CoordinatorEmails),
        d.ContactPhone ?? "");

    /// <summary>Reads the posted fields (<c>rows</c>, then <c>name-i</c>, <c>aliases-i</c>, <c>emails-i</c>, <c>head-i</c>, <c>group-i</c>, <c>remove-i</c>).</summary>
    public static DirectoryFormValues Read(string district, Func<string, string> field)
    {
        var count = int.TryParse(field("rows"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Min(n, MaxRows) : 0;
        var rows = Enumerable.Range(0, count)
            .Select(i => i.ToString(CultureInfo.InvariantCulture))
            .Select(i => new DirectoryFormRow(field("name-" + i), field("aliases-" + i), field("emails-" + i), field("head-" + i), field("group-" + i), field("remove-" + i) == "yes"))
            .ToList();
        return new DirectoryFormValues(
            district, rows, field("director-name"), field("director-emails"), field("acting-name"), field("acting-email"), field("acting-from"),
            field("acting-to"), field("coordinator-name"), field("coordinator-position"), field("coordinator-emails"), field("contact-phone"));
    }

    /// <summary>The directory the fields describe, or the problems that keep it from being saved (then the directory is null).</summary>
    public static (DistrictDirectory? Directory, IReadOnlyList<DirectoryFormError> Errors) Validate(DirectoryFormValues v, AdminText t)
    {
        var errors = new List<DirectoryFormError>();
        var divisions = new List<DivisionContact>();
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < v.Rows.Count; i++)
        {
            var row = v.Rows[i];
            if (row.Remove || row.IsBlank)
            {
                continue;
            }

            var index = i.ToString(CultureInfo.InvariantCulture);
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var name = row.Name.Trim();
            if (name.Length == 0)
            {
                errors.Add(new("name-" + index, t[$"แถว {number}: ใส่ชื่อฝ่าย เช่น ฝ่ายทะเบียน หรือติ๊ก “ลบ” ถ้าไม่ใช้แถวนี้ — row {number}: type the division's name, or tick “remove”."]));
            }

            var aliases = Names(row.Aliases);
            foreach (var key in aliases.Prepend(name).Where(k => k.Length > 0).Select(Key).Distinct())
            {
                if (seen.TryGetValue(key, out var other))
                {
                    errors.Add(new("name-" + index, t.Pick($"แถว {number}: ชื่อ “{name}” หรือชื่ออื่นของแถวนี้ซ้ำกับแถว {other} ให้ใช้แถวเดียวต่อหนึ่งฝ่าย", $"Row {number}: “{name}” or one of its other names repeats row {other}; keep one row per division.")));
                    break;
                }

                seen[key] = i + 1;
            }

            var emails = List(row.Emails);
            if (emails.Count == 0)
            {
                errors.Add(new("emails-" + index, t[$"แถว {number}: ใส่อีเมลของฝ่ายอย่างน้อย ๑ อีเมล ถ้าไม่มี ฝ่ายจะไม่ได้รับลิงก์งาน — row {number}: type at least one email of the division."]));
            }

            CheckEmails(errors, "emails-" + index, emails, number, t);
            var head = row.HeadEmail.Trim();
            CheckEmails(errors, "head-" + index, head.Length > 0 ? [head] : [], number, t);
            divisions.Add(new DivisionContact(name, aliases, emails, head.Length > 0 ? head : null, row.GroupId.Trim() is { Length: > 0 } group ? group : null));
        }

        if (divisions.Count == 0)
        {
            errors.Add(new("name-0", t["ใส่อย่างน้อย ๑ ฝ่าย — add at least one division."]));
        }

        var directors = List(v.DirectorEmails);
        if (directors.Count == 0)
        {
            errors.Add(new("director-emails", t["ใส่อีเมลผู้อำนวยการเขตอย่างน้อย ๑ อีเมล เพื่อให้ส่งเรื่องให้พิจารณาได้ — type at least one email of the director."]));
        }

        CheckEmails(errors, "director-emails", directors, null, t);
        var coordinators = List(v.CoordinatorEmails);
        CheckEmails(errors, "coordinator-emails", coordinators, null, t);
        var acting = Acting(v, errors, t);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new DistrictDirectory(
            v.District, divisions, directors, coordinators, Text(v.DirectorName), Text(v.CoordinatorName), Text(v.CoordinatorPosition), Text(v.ContactPhone), acting), []);
    }

    /// <summary>Splits a typed list on commas, semicolons, spaces and new lines.</summary>
    public static IReadOnlyList<string> List(string text) =>
        [.. text.Split([',', ';', '\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Splits typed names on commas, semicolons and new lines; names themselves may hold spaces.</summary>
    public static IReadOnlyList<string> Names(string text) =>
        [.. text.Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    private static ActingDirector? Acting(DirectoryFormValues v, List<DirectoryFormError> errors, AdminText t)
    {
        if (string.IsNullOrWhiteSpace(v.ActingName + v.ActingEmail + v.ActingFrom + v.ActingTo))
        {
            return null;
        }

        var before = errors.Count;
        if (v.ActingName.Trim().Length == 0)
        {
            errors.Add(new("acting-name", t["ใส่ชื่อผู้รักษาราชการแทน หรือล้างช่องของผู้รักษาราชการแทนทั้งหมดถ้าไม่มี — type the acting director's name, or clear all acting fields."]));
        }

        if (v.ActingEmail.Trim().Length == 0)
        {
            errors.Add(new("acting-email", t["ใส่อีเมลผู้รักษาราชการแทน — type the acting director's email."]));
        }

        CheckEmails(errors, "acting-email", v.ActingEmail.Trim().Length > 0 ? [v.ActingEmail.Trim()] : [], null, t);
        var from = Day(v.ActingFrom);
        var to = Day(v.ActingTo);
        if (from is null)
        {
            errors.Add(new("acting-from", t["เลือกวันเริ่มรักษาราชการแทน — choose the first day."]));
        }

        if (to is null)
        {
            errors.Add(new("acting-to", t["เลือกวันสิ้นสุดรักษาราชการแทน — choose the last day."]));
        }
        else if (from is { } first && to < first)
        {
            errors.Add(new("acting-to", t["วันสิ้นสุดต้องไม่ก่อนวันเริ่ม — the last day cannot be before the first."]));
        }

        return errors.Count == before ? new ActingDirector(v.ActingName.Trim(), v.ActingEmail.Trim(), from!.Value, to!.Value) : null;
    }

    private static void CheckEmails(List<DirectoryFormError> errors, string field, IEnumerable<string> emails, string? row, AdminText t)
    {
        foreach (var email in emails.Where(e => !IsEmail(e)))
        {
            var where = row is null ? "" : $"แถว {row}: ";
            var whereEn = row is null ? "" : $"Row {row}: ";
            errors.Add(new(field, t.Pick($"{where}อีเมล “{email}” ไม่ถูกต้อง ต้องเป็นแบบ ชื่อ@โดเมน เช่น tabien@bangkok.go.th", $"{whereEn}“{email}” is not an email address like tabien@bangkok.go.th.")));
        }
    }

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);

    private static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string? Text(string text) => text.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    private static string Key(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));

    private static string Join(IEnumerable<string> items) => string.Join(", ", items);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
