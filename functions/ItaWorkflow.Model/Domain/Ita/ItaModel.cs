namespace ItaWorkflow.Domain.Ita;

/// <summary>
/// The ITA model used by Bangkok district offices: three tools weighted 30/30/40, ten indicators,
/// question sets per assessment year (<see cref="QuestionSets"/>) and the AA–F rating bands.
/// </summary>
public static class ItaModel
{
    /// <summary>
    /// The question sets by assessment year. Up to ITA 2566 the Bangkok district IIT had 25 questions with uneven
    /// ranges (I1–I7, I8–I11, I12–I17, I18–I20, I21–I25), as the question-level scores in the Nong Khaem 2566 analysis
    /// show; from ITA 2567 it has 30, six per indicator. EIT E1–E15 and OIT O1–O30 are the same in both.
    /// </summary>
    public static IReadOnlyList<ItaQuestionSet> QuestionSets { get; } =
    [
        new(0, 2566, ToolsWithIit(25),
        [
            new(1, ItaTool.Iit, "การปฏิบัติหน้าที่", 1, 7, []),
            new(2, ItaTool.Iit, "การใช้งบประมาณ", 8, 11, []),
            new(3, ItaTool.Iit, "การใช้อำนาจ", 12, 17, []),
            new(4, ItaTool.Iit, "การใช้ทรัพย์สินของราชการ", 18, 20, ["การใช้ทรัพย์สินของทางราชการ", "การใช้ทรัพย์สินราชการ"]),
            new(5, ItaTool.Iit, "การแก้ไขปัญหาการทุจริต", 21, 25, []),
            .. ExternalAndOpenIndicators(),
        ], new Dictionary<string, string>()),
        new(2567, int.MaxValue, ToolsWithIit(30),
        [
            new(1, ItaTool.Iit, "การปฏิบัติหน้าที่", 1, 6, []),
            new(2, ItaTool.Iit, "การใช้งบประมาณ", 7, 12, []),
            new(3, ItaTool.Iit, "การใช้อำนาจ", 13, 18, []),
            new(4, ItaTool.Iit, "การใช้ทรัพย์สินของราชการ", 19, 24, ["การใช้ทรัพย์สินของทางราชการ", "การใช้ทรัพย์สินราชการ"]),
            new(5, ItaTool.Iit, "การแก้ไขปัญหาการทุจริต", 25, 30, []),
            .. ExternalAndOpenIndicators(),
        ], new Dictionary<string, string>()),
    ];

    /// <summary>
    /// The set callers without a year get: the one the seed documents and existing plans (FY2566–2567) are written
    /// against. Indicator names, tools and weights are the same in every set.
    /// </summary>
    public static ItaQuestionSet Default => QuestionSets[0];

    /// <summary>The three tools in report order (of <see cref="Default"/>).</summary>
    public static IReadOnlyList<ItaToolInfo> Tools => Default.Tools;

    /// <summary>The ten indicators, in number order (index 0 is indicator 1), with <see cref="Default"/>'s ranges.</summary>
    public static IReadOnlyList<ItaIndicator> Indicators => Default.Indicators;

    /// <summary>The question set of an assessment year (Buddhist era).</summary>
    public static ItaQuestionSet ForAssessmentYear(int assessmentYear) =>
        QuestionSets.FirstOrDefault(s => s.Covers(assessmentYear)) ?? QuestionSets[^1];

    /// <summary>
    /// The question set a plan for the fiscal year refers to: a plan answers the results of the previous year's
    /// assessment (the Nong Khaem FY2567 plan analyses ITA 2566), so its question codes are that year's.
    /// </summary>
    public static ItaQuestionSet ForPlanYear(int fiscalYear) => ForAssessmentYear(fiscalYear - 1);

    /// <summary>Facts about a tool.</summary>
    public static ItaToolInfo Tool(ItaTool tool) => Tools[(int)tool];

    /// <summary>The indicator with the given number 1–10.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the number is not 1–10.</exception>
    public static ItaIndicator Indicator(int number) =>
        FindIndicator(number) ?? throw new ArgumentOutOfRangeException(nameof(number), number, "ITA indicators are numbered 1–10.");

    /// <summary>The indicator with the given number, or null when the number is not 1–10 (plans do carry such numbers).</summary>
    public static ItaIndicator? FindIndicator(int number) => Default.FindIndicator(number);

    /// <summary>The indicator a question belongs to in <see cref="Default"/> (I8 → 2, E7 → 7, O30 → 10); 0 when out of range.</summary>
    public static int IndicatorOf(QuestionCode code) => Default.IndicatorOf(code);

    /// <summary>The band of a score 0–100: AA ≥ 95, A ≥ 85, B ≥ 75, C ≥ 65, D ≥ 55, E ≥ 50, F below.</summary>
    public static ItaBand BandOf(decimal score) => score switch
    {
        >= 95m => ItaBand.AA,
        >= 85m => ItaBand.A,
        >= 75m => ItaBand.B,
        >= 65m => ItaBand.C,
        >= 55m => ItaBand.D,
        >= 50m => ItaBand.E,
        _ => ItaBand.F,
    };

    /// <summary>The lowest score that still earns the band.</summary>
    public static decimal MinimumScore(ItaBand band) => band switch
    {
        ItaBand.AA => 95m,
        ItaBand.A => 85m,
        ItaBand.B => 75m,
        ItaBand.C => 65m,
        ItaBand.D => 55m,
        ItaBand.E => 50m,
        _ => 0m,
    };

    /// <summary>
    /// The weighted total of the three tool scores (IIT × 0.30 + EIT × 0.30 + OIT × 0.40), rounded to two decimals
    /// with halves away from zero as published results are.
    /// </summary>
    public static decimal WeightedTotal(decimal iit, decimal eit, decimal oit) =>
        Math.Round(
            (iit * Tool(ItaTool.Iit).Weight + eit * Tool(ItaTool.Eit).Weight + oit * Tool(ItaTool.Oit).Weight) / 100m,
            2,
            MidpointRounding.AwayFromZero);

    private static IReadOnlyList<ItaToolInfo> ToolsWithIit(int iitQuestions) =>
    [
        new(ItaTool.Iit, 'I', iitQuestions, 30, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"),
        new(ItaTool.Eit, 'E', 15, 30, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)"),
        new(ItaTool.Oit, 'O', 30, 40, "แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)"),
    ];

    private static ItaIndicator[] ExternalAndOpenIndicators() =>
    [
        new(6, ItaTool.Eit, "คุณภาพการดำเนินงาน", 1, 6, []),
        new(7, ItaTool.Eit, "ประสิทธิภาพการสื่อสาร", 7, 10, ["ประสิทธิภาพในการสื่อสาร"]),
        new(8, ItaTool.Eit, "การปรับปรุงระบบการทำงาน", 11, 15, ["การปรับปรุงการทำงาน"]),
        new(9, ItaTool.Oit, "การเปิดเผยข้อมูล", 1, 22, []),
        new(10, ItaTool.Oit, "การป้องกันการทุจริต", 23, 30, []),
    ];
}
