using System.Globalization;
using ItaWorkflow.Domain;
using ItaWorkflow.Domain.Ita;

namespace ItaWorkflow.Import;

/// <summary>
/// Turns source rows into measures: finds the plan table by its header, skips what comes before it, follows
/// indicator headings, joins rows continued across page breaks, folds vertically merged cells into the measure
/// above, and reads every field, recording a finding for each assumption.
/// </summary>
internal sealed class PlanAssembler(string fileName, FiscalYear fiscalYear, ImportOptions options, bool cellsAreHtml)
{
    private static readonly ColumnRole[] ContentRoles =
        [ColumnRole.Activity, ColumnRole.Output, ColumnRole.Awareness, ColumnRole.Deadline, ColumnRole.Responsible, ColumnRole.Cadence, ColumnRole.Result, ColumnRole.Problems, ColumnRole.Evidence];

    private readonly ResponsibleParser responsible = new(options.Divisions);
    private readonly ItaQuestionSet questions = ItaModel.ForPlanYear(fiscalYear.BuddhistYear);
    private readonly Dictionary<string, IgnoredColumn> ignoredColumns = [];
    private readonly List<SourceRow> unaccounted = [];
    private string unaccountedReason = "";
    private bool inOtherTable;
    private bool warnedNoResponsibleColumn;
    private readonly List<ImportFinding> findings = [];
    private readonly List<MeasureDraft> drafts = [];
    private TableLayout? layout;
    private bool afterRepeatedHeader;
    private bool crossedSectionBreak;
    private int? indicator;
    private ItaTool? tool;
    private int skippedBeforeTable;
    private int firstSkipped;

    public int TableRows { get; private set; }

    public IReadOnlyList<ImportFinding> Findings => findings;

    public IReadOnlyList<Measure> Assemble(IReadOnlyList<SourceRow> rows)
    {
        foreach (var row in rows)
        {
            Accept(row);
        }

        FlushUnaccounted();
        ReportIgnoredColumns();

        if (skippedBeforeTable > 0)
        {
            findings.Insert(0, new ImportFinding(
                FindingSeverity.Info, FindingCode.SkippedBeforeTable, firstSkipped, $"line {firstSkipped}", null, null,
                $"ข้าม {skippedBeforeTable} แถวก่อนตารางมาตรการ (เช่น ผลการประเมิน) เพราะไม่ใช่มาตรการ",
                $"Skipped {skippedBeforeTable} rows before the measure table (e.g. assessment results); they are not measures.",
                null));
        }

        var measures = new List<Measure>(drafts.Count);
        foreach (var draft in drafts)
        {
            measures.Add(Finish(draft, $"M{measures.Count + 1:00}"));
        }

        return measures;
    }

    public bool FoundTable => layout is not null;

    private void Accept(SourceRow row)
    {
        if (!row.IsTableRow)
        {
            AcceptProse(row);
            return;
        }

        if (row.Cells.All(c => c.Trim().Length == 0))
        {
            return;
        }

        if (HeaderMatcher.TryMatch(row.Cells) is { } header)
        {
            FlushUnaccounted();
            afterRepeatedHeader = layout is not null && drafts.Count > 0 && header.SameColumnsAs(layout);
            layout = header;
            inOtherTable = false;
            RecordIgnoredColumns(row, header);
            return;
        }

        if (layout is null)
        {
            if (skippedBeforeTable++ == 0)
            {
                firstSkipped = row.Number;
            }

            return;
        }

        var cells = row.Cells.Select(c => CellText.Clean(c, cellsAreHtml)).ToArray();
        if (cells.All(c => c.Length == 0))
        {
            return;
        }

        TableRows++;
        string Get(ColumnRole role) => layout.Columns.TryGetValue(role, out var i) && i < cells.Length ? cells[i] : "";

        var first = Get(ColumnRole.Indicator);
        var firstIsHeading = IndicatorParser.TryParseHeading(first, true) is not null;
        if (!firstIsHeading && RowKinds.NotAMeasure(cells, inOtherTable) is { } kind)
        {
            inOtherTable |= kind.StartsOtherTable;
            afterRepeatedHeader |= kind.IsHeaderFragment && drafts.Count > 0;
            if (!kind.IsHeaderFragment)
            {
                Unaccounted(row, kind.Reason);
            }

            return;
        }

        inOtherTable = false;
        var continuation = afterRepeatedHeader;
        afterRepeatedHeader = false;
        ReportExtraCells(row, cells);
        MarkIgnoredColumnsWithText(cells);
        var others = layout.Columns.Keys.Where(r => r != ColumnRole.Indicator).Any(r => Get(r).Length > 0);
        if (!others)
        {
            AcceptSectionLine(row, first);
            return;
        }

        FlushUnaccounted();
        var current = drafts.Count > 0 ? drafts[^1] : null;
        var startsNew = IndicatorParser.TryParseHeading(first, false) is not null || QuestionCodeParser.Leading(first, tool, indicator, questions).Codes.Count > 0;
        if (continuation && current is not null && !startsNew
            && Get(ColumnRole.Responsible).Length == 0 && Get(ColumnRole.Cadence).Length == 0
            && (layout.Has(ColumnRole.Responsible) || layout.Has(ColumnRole.Cadence) || Get(ColumnRole.Issue).Length == 0))
        {
            foreach (var role in layout.Columns.Keys.Where(r => r is not ColumnRole.Indicator))
            {
                current.Append(role, Get(role));
            }

            current.Score ??= IndicatorParser.ScoreIn(first);
            return;
        }

        AcceptDataRow(row, Get, first, current);
    }

    private void AcceptProse(SourceRow row)
    {
        var text = row.Cells[0].Length < 200 ? CellText.Clean(row.Cells[0], cellsAreHtml) : "";
        if (text.Length is > 0 and < 80 && IndicatorParser.TryParseHeading(text, false) is { } heading)
        {
            FlushUnaccounted();
            SetIndicator(heading.Number);
            inOtherTable = false;
        }
        else if (layout is not null && drafts.Count > 0)
        {
            crossedSectionBreak = true;
            if (RowKinds.IsAppendixHeading(text))
            {
                inOtherTable = true;
            }

            if (row.Cells[0].Trim().Length > 0)
            {
                Unaccounted(row, "ข้อความนอกตาราง (text outside the table)");
            }
        }
    }

    private void AcceptSectionLine(SourceRow row, string first)
    {
        if (IndicatorParser.TryParseHeading(first, true) is { } heading)
        {
            FlushUnaccounted();
            SetIndicator(heading.Number);
            return;
        }

        if (IndicatorParser.TryParseTool(first) is { } announced)
        {
            FlushUnaccounted();
            tool = announced;
            indicator = null;
            afterRepeatedHeader = false;
            return;
        }

        if (RowKinds.IsAppendixHeading(first))
        {
            inOtherTable = true;
        }

        // A lone first-column fragment continues the assessment text of the row above; only its score is used.
        if (drafts.Count > 0 && drafts[^1].Score is null && IndicatorParser.ScoreIn(first) is { } score)
        {
            drafts[^1].Score = score;
            return;
        }

        Unaccounted(row, "ข้อความในช่องแรกเพียงช่องเดียว ไม่ใช่ตัวชี้วัดหรือมาตรการ (a lone first-column line, not an indicator or a measure)");
    }

    private void SetIndicator(int number)
    {
        indicator = number;
        tool = questions.FindIndicator(number)!.Tool;
        crossedSectionBreak = false;

        // A continuation never crosses an indicator or tool boundary.
        afterRepeatedHeader = false;
    }

    private void AcceptDataRow(SourceRow row, Func<ColumnRole, string> get, string first, MeasureDraft? current)
    {
        var issue = get(ColumnRole.Issue);
        var heading = IndicatorParser.TryParseHeading(first, false);
        var assumedFromAbove = false;
        if (heading is not null)
        {
            SetIndicator(heading.Number);
            if (heading.WrittenNumber is { } written)
            {
                Add(FindingSeverity.Warning, FindingCode.IndicatorNameMismatch, row, layout!.HeaderOf(ColumnRole.Indicator), null,
                    $"เลขตัวชี้วัด {ThaiDigits.ToThai(written)} ไม่ตรงกับชื่อตัวชี้วัด ใช้ตามชื่อ",
                    $"Indicator number {written} does not match its name; the name was used.",
                    Describe(heading.Number));
            }
        }

        var parsed = heading is null ? QuestionCodeParser.Leading(first, tool, indicator, questions) : ParsedCodes.None;
        if (layout!.Has(ColumnRole.QuestionCodes))
        {
            parsed = new ParsedCodes(QuestionCodeParser.Anywhere(get(ColumnRole.QuestionCodes), questions), null, null);
        }
        else if (parsed.Codes.Count == 0 && parsed.InvalidText is null && (tool == ItaTool.Oit || indicator is 9 or 10))
        {
            parsed = QuestionCodeParser.Leading(issue, ItaTool.Oit, indicator, questions);
        }

        var codes = parsed.Codes.ToList();
        // A table with its own question column says exactly which codes apply; otherwise look for written codes in the text.
        if (codes.Count == 0 && parsed.InvalidText is null && !layout!.Has(ColumnRole.QuestionCodes))
        {
            codes.AddRange(QuestionCodeParser.Anywhere(first, questions));
            if (codes.Count == 0)
            {
                codes.AddRange(QuestionCodeParser.Anywhere(issue, questions));
            }
        }

        if (parsed.RepairedFrom is { } raw && codes.Count > 0)
        {
            Add(FindingSeverity.Info, FindingCode.QuestionCodeRepaired, row, layout!.HeaderOf(ColumnRole.Indicator), null,
                $"อ่านรหัสข้อคำถาม \"{raw}\" เป็น {string.Join(", ", codes)}",
                $"Read question code \"{raw}\" as {string.Join(", ", codes)}.",
                string.Join(", ", codes));
        }

        if (parsed.InvalidText is { } invalid)
        {
            if (parsed.FitsOtherSet is { } other)
            {
                Add(FindingSeverity.Warning, FindingCode.QuestionSetContradicted, row, layout!.HeaderOf(ColumnRole.Indicator), null,
                    $"รหัส \"{invalid}\" ไม่มีในชุดข้อคำถาม {questions.Name} ของปีงบประมาณ {ThaiDigits.ToThai(fiscalYear.BuddhistYear)} แต่ตรงกับชุด {other.Name} จึงไม่ได้ใช้ กรุณาตรวจสอบปีของเอกสาร",
                    $"\"{invalid}\" is not in the {questions.Name} question set of fiscal year {fiscalYear.BuddhistYear} but fits {other.Name}; it was not used. Check the document's year.",
                    null);
            }
            else
            {
                Add(FindingSeverity.Warning, FindingCode.QuestionCodeInvalid, row, layout!.HeaderOf(ColumnRole.Indicator), null,
                    $"\"{invalid}\" ไม่ตรงกับข้อคำถามใดของตัวชี้วัดนี้ในชุด {questions.Name} จึงไม่ได้ใช้",
                    $"\"{invalid}\" fits no question of this indicator in the {questions.Name} set; it was not used.", null);
            }
        }

        var codeIndicators = parsed.Codes.Select(questions.IndicatorOf).Distinct().ToList();
        var otherYear = indicator is { } above && codes.Count > 0 && codes.Any(c => questions.IndicatorOf(c) != above)
            ? QuestionCodeParser.OtherSetFitting(questions, codes, above)
            : null;
        if (otherYear is not null)
        {
            // The codes fit the indicator above in another year's set: the document contradicts the plan year, not its headings.
            Add(FindingSeverity.Warning, FindingCode.QuestionSetContradicted, row, layout!.HeaderOf(ColumnRole.Indicator), null,
                $"ข้อคำถาม {string.Join(", ", codes)} อยู่ในตัวชี้วัดที่ {ThaiDigits.ToThai(indicator!.Value)} ตามชุด {otherYear.Name} ไม่ใช่ชุด {questions.Name} ของปีงบประมาณ {ThaiDigits.ToThai(fiscalYear.BuddhistYear)} กรุณาตรวจสอบปีของเอกสาร",
                $"Question(s) {string.Join(", ", codes)} belong to indicator {indicator} in the {otherYear.Name} set, not in the {questions.Name} set of fiscal year {fiscalYear.BuddhistYear}; check the document's year.",
                Describe(indicator.Value));
        }
        else if (heading is null && codeIndicators is [var byCodes] && byCodes > 0 && byCodes != indicator)
        {
            // The heading row of this indicator is missing: the codes decide, so the indicator never lands under the previous one.
            if (indicator is not null)
            {
                Add(FindingSeverity.Warning, FindingCode.IndicatorFromCodes, row, layout!.HeaderOf(ColumnRole.Indicator), null,
                    $"ไม่มีหัวข้อตัวชี้วัด แต่รหัสข้อคำถาม {string.Join(", ", parsed.Codes)} อยู่ในตัวชี้วัดที่ {ThaiDigits.ToThai(byCodes)} จึงใช้ตามรหัส",
                    $"No indicator heading, but question(s) {string.Join(", ", parsed.Codes)} belong to indicator {byCodes}; the codes decided.",
                    Describe(byCodes));
            }

            SetIndicator(byCodes);
        }
        else if (indicator is null && codes.Count > 0 && questions.IndicatorOf(codes[0]) is > 0 and var fromCodes)
        {
            SetIndicator(fromCodes);
        }

        if (heading is null && parsed.Codes.Count == 0 && first.Length > 0)
        {
            assumedFromAbove = true;
        }

        if (indicator is not { } number)
        {
            Add(FindingSeverity.Error, FindingCode.IndicatorUnknown, row, layout!.HeaderOf(ColumnRole.Indicator), null,
                "ไม่ทราบตัวชี้วัดของแถวนี้ จึงไม่ได้นำเข้า", "The row's indicator is unknown, so it was not imported.", null);
            return;
        }

        var mismatched = codes.Where(c => questions.IndicatorOf(c) != number).Select(c => c.ToString()).ToList();
        if (mismatched.Count > 0 && otherYear is null)
        {
            Add(FindingSeverity.Warning, FindingCode.QuestionIndicatorMismatch, row, layout!.HeaderOf(ColumnRole.Indicator), null,
                $"ข้อคำถาม {string.Join(", ", mismatched)} ไม่อยู่ในตัวชี้วัดที่ {ThaiDigits.ToThai(number)}",
                $"Question(s) {string.Join(", ", mismatched)} do not belong to indicator {number}.", Describe(number));
        }

        var score = IndicatorParser.ScoreIn(first) ?? ParseScore(get(ColumnRole.Score));
        var hasContent = ContentRoles.Any(r => get(r).Length > 0);
        if (issue.Length == 0 && get(ColumnRole.Activity).Length == 0 && codes.Count == 0 && heading is null)
        {
            // No measure text: the rest of a row the page break or a merged cell split off.
            if (current is not null && current.Indicator == number)
            {
                foreach (var role in layout!.Columns.Keys.Where(r => r is not ColumnRole.Indicator and not ColumnRole.QuestionCodes and not ColumnRole.Score))
                {
                    current.Append(role, get(role));
                }

                Add(FindingSeverity.Info, FindingCode.MergedIntoPrevious, row, layout.HeaderOf(ColumnRole.Activity), $"M{drafts.Count:00}",
                    "แถวนี้ไม่มีประเด็นหรือมาตรการ จึงรวมเข้ากับมาตรการข้างบน",
                    "The row has no issue or activity, so it was joined to the measure above.",
                    $"M{drafts.Count:00}");
            }
            else
            {
                Unaccounted(row, "แถวไม่มีประเด็นหรือมาตรการ (a row without an issue or activity)");
            }

            return;
        }

        if (!hasContent && current is not null && current.Indicator == number && (codes.Count > 0 || issue.Length > 0))
        {
            current.AddCodes(codes);
            if (issue.Length > 0 && !current.Text(ColumnRole.Issue).Contains(issue, StringComparison.Ordinal))
            {
                current.Set(ColumnRole.Issue, current.Text(ColumnRole.Issue).Length == 0 ? issue : current.Text(ColumnRole.Issue) + "\n" + issue);
            }

            Add(FindingSeverity.Info, FindingCode.MergedIntoPrevious, row, layout!.HeaderOf(ColumnRole.Activity), $"M{drafts.Count:00}",
                "แถวนี้ไม่มีมาตรการของตัวเอง (เซลล์ผสาน) จึงรวมเข้ากับมาตรการข้างบน",
                "The row has no activity of its own (merged cell), so it was joined to the measure above.",
                $"M{drafts.Count:00}");
            return;
        }

        var draft = new MeasureDraft(row, layout!, number) { Score = score };
        draft.AddCodes(codes);
        foreach (var role in layout!.Columns.Keys.Where(r => r is not ColumnRole.Indicator and not ColumnRole.QuestionCodes and not ColumnRole.Score))
        {
            draft.Set(role, get(role));
        }

        var id = $"M{drafts.Count + 1:00}";
        if (assumedFromAbove || (first.Length == 0 && crossedSectionBreak))
        {
            Add(crossedSectionBreak ? FindingSeverity.Warning : FindingSeverity.Info, FindingCode.IndicatorAssumed, row, layout.HeaderOf(ColumnRole.Indicator), id,
                crossedSectionBreak ? "ไม่ระบุตัวชี้วัดหลังขึ้นหัวข้อใหม่ ใช้ตัวชี้วัดข้างบน" : "ข้อความในช่องแรกไม่ใช่ตัวชี้วัดหรือรหัสข้อคำถาม ใช้ตัวชี้วัดข้างบน",
                crossedSectionBreak ? "No indicator after a new document section; the indicator above was used." : "The first cell names no indicator or question; the indicator above was used.",
                Describe(number));
        }

        if (issue.Length == 0 && current is not null && current.Indicator == number && current.Text(ColumnRole.Issue).Length > 0)
        {
            draft.Set(ColumnRole.Issue, current.Text(ColumnRole.Issue));
            Add(FindingSeverity.Info, FindingCode.IssueInherited, row, layout.HeaderOf(ColumnRole.Issue), id,
                "ไม่ระบุประเด็น (เซลล์ผสาน) ใช้ประเด็นของแถวข้างบน", "No issue given (merged cell); the issue of the row above was used.", null);
        }

        drafts.Add(draft);
    }

    private Measure Finish(MeasureDraft draft, string id)
    {
        var row = draft.FirstRow;
        var layout = draft.Layout;
        var activity = draft.Text(ColumnRole.Activity);
        if (activity.Length == 0)
        {
            Add(FindingSeverity.Warning, FindingCode.ActivityMissing, row, layout.HeaderOf(ColumnRole.Activity), id,
                "ไม่มีมาตรการ/กิจกรรม", "No activity given.", null);
        }

        var cadenceText = draft.Text(ColumnRole.Cadence);
        var deadline = ReadDeadline(draft, id, cadenceText);
        var cadence = ReadCadence(draft, id, cadenceText, deadline);
        var (divisions, persons) = ReadResponsible(draft, id);
        return new Measure(
            id,
            draft.Indicator,
            [.. draft.Codes.Select(c => c.ToString())],
            draft.Score,
            draft.Text(ColumnRole.Issue),
            activity,
            draft.Text(ColumnRole.Output),
            draft.Text(ColumnRole.Awareness),
            deadline,
            divisions,
            persons,
            cadence,
            $"{fileName}:{row.Location}",
            ReadProgress(draft, id));
    }

    private Deadline ReadDeadline(MeasureDraft draft, string id, string cadenceText)
    {
        var text = draft.Text(ColumnRole.Deadline);
        var row = draft.FirstRow;
        if (text.Length == 0)
        {
            if (cadenceText.Length > 0 && CadenceParser.Months(cadenceText) is null
                && ThaiCalendar.ParseDeadline(cadenceText, fiscalYear) is { Kind: not DeadlineKind.None } misplaced)
            {
                Add(FindingSeverity.Warning, FindingCode.DeadlineInCadenceColumn, row, draft.Layout.HeaderOf(ColumnRole.Cadence), id,
                    "ช่องระยะเวลากำกับติดตามเป็นกำหนดเวลาแล้วเสร็จ จึงใช้เป็นกำหนดเสร็จ",
                    "The follow-up column holds a deadline; it was used as the deadline.", FormatDeadline(misplaced));
                ReportOutsideFiscalYear(draft, id, misplaced, ColumnRole.Cadence);
                return misplaced;
            }

            return Deadline.None;
        }

        var deadline = ThaiCalendar.ParseDeadline(text, fiscalYear);
        if (deadline.Kind == DeadlineKind.None)
        {
            Add(FindingSeverity.Info, FindingCode.DeadlineUnparsed, row, draft.Layout.HeaderOf(ColumnRole.Deadline), id,
                $"อ่านวันที่จาก \"{text}\" ไม่ได้ จึงไม่มีกำหนดเสร็จ", $"No date could be read from \"{text}\"; the measure has no deadline.", null);
        }
        else if (!HasYear(text))
        {
            Add(FindingSeverity.Info, FindingCode.DeadlineYearAssumed, row, draft.Layout.HeaderOf(ColumnRole.Deadline), id,
                "ไม่ระบุปี ใช้ปีตามปีงบประมาณ", "No year given; the fiscal year's was used.", FormatDeadline(deadline));
        }

        ReportOutsideFiscalYear(draft, id, deadline, ColumnRole.Deadline);
        return deadline;
    }

    private void ReportOutsideFiscalYear(MeasureDraft draft, string id, Deadline deadline, ColumnRole column)
    {
        if (deadline.Date is { } date && !fiscalYear.Contains(date))
        {
            Add(FindingSeverity.Warning, FindingCode.DeadlineOutsideFiscalYear, draft.FirstRow, draft.Layout.HeaderOf(column), id,
                $"กำหนดเสร็จ {ThaiCalendar.FormatShort(date)} อยู่นอกปีงบประมาณ {ThaiDigits.ToThai(fiscalYear.BuddhistYear)}",
                $"The deadline {date:yyyy-MM-dd} lies outside fiscal year {fiscalYear.BuddhistYear}.", FormatDeadline(deadline));
        }
    }

    private static bool HasYear(string text)
    {
        var withYear = ThaiCalendar.ParseDeadline(text, null);
        return withYear.Kind != DeadlineKind.None;
    }

    private FollowUpCadence ReadCadence(MeasureDraft draft, string id, string text, Deadline deadline)
    {
        var row = draft.FirstRow;
        if (CadenceParser.Months(text) is { } months)
        {
            return months == 1 ? FollowUpCadence.Monthly : months == 6 ? FollowUpCadence.SemiAnnual : new FollowUpCadence(months);
        }

        var misplacedDeadline = text.Length > 0 && deadline.Text == text;
        if (!misplacedDeadline)
        {
            Add(FindingSeverity.Info, text.Length == 0 ? FindingCode.CadenceMissing : FindingCode.CadenceUnparsed, row,
                draft.Layout.HeaderOf(ColumnRole.Cadence), id,
                text.Length == 0 ? "ไม่ระบุระยะเวลากำกับติดตาม ใช้ทุก ๑ เดือน" : $"อ่านระยะเวลากำกับติดตาม \"{text}\" ไม่ได้ ใช้ทุก ๑ เดือน",
                text.Length == 0 ? "No follow-up cadence given; monthly was used." : $"Could not read the cadence \"{text}\"; monthly was used.",
                CadenceParser.Format(FollowUpCadence.Monthly));
        }

        return FollowUpCadence.Monthly;
    }

    private (IReadOnlyList<string> Divisions, IReadOnlyList<string> Persons) ReadResponsible(MeasureDraft draft, string id)
    {
        var text = draft.Text(ColumnRole.Responsible);
        var row = draft.FirstRow;
        var column = draft.Layout.HeaderOf(ColumnRole.Responsible);
        if (text.Length == 0)
        {
            if (draft.Layout.Has(ColumnRole.Responsible))
            {
                Add(FindingSeverity.Warning, FindingCode.ResponsibleMissing, row, column, id,
                    "ไม่ระบุผู้รับผิดชอบ", "No responsible division given.", null);
            }
            else if (!warnedNoResponsibleColumn)
            {
                warnedNoResponsibleColumn = true;
                Add(FindingSeverity.Warning, FindingCode.ResponsibleColumnMissing, row, null, null,
                    "ตารางนี้ไม่มีคอลัมน์ผู้รับผิดชอบ ทุกมาตรการต้องเลือกฝ่ายผู้รับผิดชอบก่อนเริ่มแผน",
                    "This table has no responsible column; every measure needs a division chosen before the plan starts.", null);
            }

            return ([], []);
        }

        var parsed = responsible.Parse(text);
        foreach (var unknown in parsed.UnknownDivisions)
        {
            Add(FindingSeverity.Warning, FindingCode.DivisionUnknown, row, column, id,
                $"\"{unknown}\" ไม่อยู่ในรายชื่อฝ่ายของสำนักงานเขต", $"\"{unknown}\" is not a division of this district.", null);
        }

        if (parsed.Divisions.Count == 0 && parsed.UnknownDivisions.Count == 0 && parsed.LeftOver.Length > 0)
        {
            // Named only by position (ผู้อำนวยการเขต, เจ้าหน้าที่ประชาสัมพันธ์): the reviewer chooses the division; the lead division holds it meanwhile.
            var lead = options.Divisions.FirstOrDefault(d => d.Name == ResponsibleParser.LeadDivision)?.Name ?? options.Divisions[0].Name;
            Add(FindingSeverity.Warning, FindingCode.DivisionToChoose, row, column, id,
                $"\"{parsed.LeftOver}\" เป็นตำแหน่ง ไม่ระบุฝ่าย กรุณาเลือกฝ่ายผู้รับผิดชอบ (ใช้{lead}ไว้ก่อน)",
                $"\"{parsed.LeftOver}\" names a position, not a division; choose the responsible division ({lead} holds it meanwhile).",
                lead);
            return ([lead], parsed.Persons);
        }

        if (parsed.LeftOver.Length > 0)
        {
            Add(FindingSeverity.Info, FindingCode.ResponsibleTextIgnored, row, column, id,
                $"ข้อความ \"{parsed.LeftOver}\" ไม่ใช่ชื่อฝ่ายหรือชื่อบุคคล จึงไม่ได้ใช้",
                $"The text \"{parsed.LeftOver}\" is neither a division nor a person and was not used.", null);
        }

        if (parsed.AllDivisions && CellText.Key(text) != CellText.Key("ทุกฝ่าย"))
        {
            Add(FindingSeverity.Info, FindingCode.AllDivisionsExpanded, row, column, id,
                $"\"{text}\" หมายถึงทุกฝ่าย ({parsed.Divisions.Count} ฝ่าย)", $"\"{text}\" was read as every division ({parsed.Divisions.Count}).",
                string.Join(", ", parsed.Divisions));
        }

        if (parsed.Divisions.Count == 0 && parsed.Persons.Count > 0 && parsed.UnknownDivisions.Count == 0)
        {
            var lead = options.Divisions.FirstOrDefault(d => d.Name == ResponsibleParser.LeadDivision)?.Name ?? options.Divisions[0].Name;
            Add(FindingSeverity.Warning, FindingCode.DivisionToChoose, row, column, id,
                $"ระบุเพียงชื่อบุคคล ไม่ระบุฝ่าย กรุณาเลือกฝ่ายผู้รับผิดชอบ (ใช้{lead}ไว้ก่อน)",
                $"Only persons are named, no division; choose the responsible division ({lead} holds it meanwhile).", lead);
            return ([lead], parsed.Persons);
        }

        return (parsed.Divisions, parsed.Persons);
    }

    private ReportedProgress? ReadProgress(MeasureDraft draft, string id)
    {
        var result = draft.Text(ColumnRole.Result);
        var problems = draft.Text(ColumnRole.Problems);
        var evidence = draft.Text(ColumnRole.Evidence);
        if (result.Length == 0 && problems.Length == 0 && evidence.Length == 0)
        {
            return null;
        }

        var urls = EvidenceLinks.Extract(evidence);
        if (evidence.Length > 0 && urls.Count == 0)
        {
            Add(FindingSeverity.Info, FindingCode.EvidenceWithoutLinks, draft.FirstRow, draft.Layout.HeaderOf(ColumnRole.Evidence), id,
                "ช่องหลักฐานไม่มีลิงก์ ภาพในเอกสารต้องแนบใหม่", "The evidence cell has no links; pictures in the document must be attached again.", null);
        }

        return new ReportedProgress(result, problems, urls, Imported: true);
    }

    private void RecordIgnoredColumns(SourceRow row, TableLayout header)
    {
        for (var i = 0; i < header.Headers.Count; i++)
        {
            if (header.Headers[i].Length > 0 && !header.Columns.Values.Contains(i))
            {
                ignoredColumns.TryAdd(header.Headers[i], new IgnoredColumn(row, i));
            }
        }
    }

    private void MarkIgnoredColumnsWithText(string[] cells)
    {
        foreach (var column in ignoredColumns.Values)
        {
            if (column.Index < cells.Length && cells[column.Index].Length > 0 && !layout!.Columns.Values.Contains(column.Index))
            {
                column.HoldsText = true;
            }
        }
    }

    /// <summary>An unknown column is worth a warning when it holds text: that text is lost from the draft.</summary>
    private void ReportIgnoredColumns()
    {
        foreach (var (header, column) in ignoredColumns)
        {
            Add(column.HoldsText ? FindingSeverity.Warning : FindingSeverity.Info, FindingCode.ColumnIgnored, column.HeaderRow, header, null,
                column.HoldsText
                    ? $"ไม่รู้จักคอลัมน์ \"{header}\" หรือซ้ำกับคอลัมน์อื่น ข้อความในคอลัมน์นี้จึงไม่ได้นำเข้า"
                    : $"ไม่รู้จักคอลัมน์ \"{header}\" หรือซ้ำกับคอลัมน์อื่น จึงไม่ได้ใช้ (คอลัมน์ว่าง)",
                column.HoldsText
                    ? $"The column \"{header}\" is unknown or repeats another column; the text in it was not imported."
                    : $"The column \"{header}\" is unknown or repeats another column and was not used (it is empty).",
                null);
        }
    }

    private void Unaccounted(SourceRow row, string reason)
    {
        if (unaccounted.Count == 0)
        {
            unaccountedReason = reason;
        }

        unaccounted.Add(row);
    }

    /// <summary>Nothing is dropped silently: each block of unused rows gives one finding with its first line.</summary>
    private void FlushUnaccounted()
    {
        if (unaccounted.Count == 0)
        {
            return;
        }

        var first = unaccounted[0];
        var excerpt = CellText.Clean(string.Join(" ", first.Cells.Where(c => c.Trim().Length > 0)), cellsAreHtml).Replace('\n', ' ');
        excerpt = excerpt.Length > 60 ? excerpt[..60] + "…" : excerpt;
        var count = ThaiDigits.ToThai(unaccounted.Count);
        Add(FindingSeverity.Info, FindingCode.UnaccountedText, first, null, null,
            $"ไม่ได้นำเข้า {count} แถวตั้งแต่ {first.Location}: {unaccountedReason} \"{excerpt}\"",
            $"{unaccounted.Count} row(s) from {first.Location} were not imported: {unaccountedReason} \"{excerpt}\"", null);
        unaccounted.Clear();
    }

    private void ReportExtraCells(SourceRow row, string[] cells)
    {
        if (cells.Length > layout!.Headers.Count && cells.Skip(layout.Headers.Count).Any(c => c.Length > 0))
        {
            Add(FindingSeverity.Warning, FindingCode.ExtraCellIgnored, row, null, null,
                "แถวนี้มีช่องมากกว่าหัวตาราง ช่องที่เกินไม่ได้ใช้", "The row has more cells than the header; the extra cells were not used.", null);
        }
    }

    private static decimal? ParseScore(string text) =>
        decimal.TryParse(ThaiDigits.ToArabic(text), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 100
            ? score
            : null;

    private string Describe(int indicatorNumber) =>
        ThaiDigits.ToThai(questions.FindIndicator(indicatorNumber)!.Heading);

    private static string FormatDeadline(Deadline deadline) =>
        deadline.Date is { } date ? ThaiCalendar.FormatShort(date) : deadline.Text;

    private void Add(FindingSeverity severity, FindingCode code, SourceRow row, string? column, string? measureId, string message, string messageEn, string? assumed) =>
        findings.Add(new ImportFinding(severity, code, row.Number, row.Location, column, measureId, message, messageEn, assumed));
}
