namespace ItaWorkflow.Import;

/// <summary>
/// Recognises a plan table's header row by its Thai column names, tolerating stray spaces, tone-mark
/// slips and the synonyms districts use; position does not matter.
/// </summary>
internal static class HeaderMatcher
{
    // Order matters: a header can contain another role's words ("ผลการดำเนินการตามมาตรการ…" is a result, not an activity).
    private static readonly HeaderRule[] Rules =
    [
        new(ColumnRole.Evidence, ["ภาพ"], ["ภาพกิจกรรม", "หลักฐาน", "ลิงก์"], []),
        new(ColumnRole.Result, ["ผลการดำเนิน", "ผลการปฏิบัติ", "ผลดำเนิน"], [], []),
        new(ColumnRole.Problems, ["ปัญหา"], ["อุปสรรค"], []),
        new(ColumnRole.Cadence, ["การกำกับ", "ความถี่"], ["กำกับติดตาม", "รอบการติดตาม"], ["แนวทาง"]),
        new(ColumnRole.Deadline, ["กำหนดเวลา", "ระยะเวลา", "กำหนดเสร็จ"], ["แล้วเสร็จ"], []),
        new(ColumnRole.Responsible, [], ["รับผิดชอบ", "รบัผิดชอบ", "รับผิดขอบ", "รับผิชอบ"], ["มาตรการ"]),
        new(ColumnRole.Awareness, [], ["การรับรู้"], []),
        new(ColumnRole.Output, ["ผลผลิต", "ตัวชี้วัดผลผลิต"], [], []),
        new(ColumnRole.Activity, ["มาตรการ", "กิจกรรม", "โครงการ"], ["กิจกรรมที่จะดำเนินการ"], []),
        new(ColumnRole.Issue, ["แนวทางการปฏิบัติ", "ประเด็นปัญหา", "ประเด็นที่", "ประเด็นทีต้อง", "ข้อค้นพบ"], ["ประเด็นที่ต้อง", "ประเด็นที่จะต้อง", "ประเด็นที่จำเป็นต้อง", "ประเด็นที่เป็นที่ต้อง", "ข้อบกพร่อง", "จุดอ่อน"], []),
        new(ColumnRole.QuestionCodes, ["ข้อคำถาม", "รหัสข้อคำถาม"], [], []),
        new(ColumnRole.Indicator, ["ตัวชี้วัด", "ประเด็นการประเมิน", "ผลการประเมิน", "ข้อมูลการประเมิน"], [], []),
    ];

    private static readonly string ScoreKey = CellText.Key("คะแนน");

    /// <summary>The role of one header cell, or null when it is not a known plan column.</summary>
    public static ColumnRole? RoleOf(string header)
    {
        // Headers are short; long cells are data and need no closer look.
        if (header.Length > 300 || !header.AsSpan().ContainsAnyInRange('\u0E01', '\u0E2E'))
        {
            return null;
        }

        var key = CellText.Key(header);
        if (key.Length == 0 || key.Length > 200)
        {
            return null;
        }

        foreach (var rule in Rules)
        {
            if (rule.Matches(key))
            {
                return rule.Role;
            }
        }

        return key == ScoreKey ? ColumnRole.Score : null;
    }

    /// <summary>
    /// The layout when the row is a plan header: at least three known columns, one of them the activity or
    /// the issue, and at least three quarters of the filled cells recognised (a data row can contain header words).
    /// The first column holding a role wins; later duplicates are ignored.
    /// </summary>
    public static TableLayout? TryMatch(IReadOnlyList<string> cells)
    {
        if (cells.Count(c => c.Trim().Length > 0) < 3)
        {
            return null;
        }

        var columns = new Dictionary<ColumnRole, int>();
        var filled = 0;
        var recognised = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Trim().Length > 0)
            {
                filled++;
            }

            if (RoleOf(cells[i]) is { } role)
            {
                recognised++;
                columns.TryAdd(role, i);
            }
        }

        return columns.Count >= 3 && recognised * 4 >= filled * 3
            && (columns.ContainsKey(ColumnRole.Activity) || columns.ContainsKey(ColumnRole.Issue))
            ? new TableLayout(columns, [.. cells.Select(c => CellText.Clean(c).Replace('\n', ' '))])
            : null;
    }
}
