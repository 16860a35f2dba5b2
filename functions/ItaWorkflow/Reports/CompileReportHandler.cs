using ItaWorkflow.Directories;
using ItaWorkflow.Domain;
using ItaWorkflow.Hosting.AppSettings;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.Extensions.Options;

namespace ItaWorkflow.Reports;

/// <summary>
/// Compiles a round's report from the measure instances of a plan (latest approved progress per measure),
/// stores the .docx and .xlsx, and raises <see cref="ReportCompiled"/> on the plan with the measures not ready.
/// Idempotent: the blob names are fixed per round and the raise uses the outbox id as its key. The director and the
/// reporting officer come from the district directory. Cases are read and raised on through <see cref="IWorkflowCases"/>,
/// so the same handler serves the own engine and Durable Task.
/// </summary>
/// <remarks>
/// Question wording comes from a <see cref="QuestionWording"/> registered in the container, when the question catalog
/// of the assessment year provides one; without it the report prints the question codes alone. Uploaded evidence is
/// linked at its address under the report's public page (<see cref="PublicReportEndpoints"/>), which serves it once the
/// report is published.
/// </remarks>
public sealed class CompileReportHandler(
    IWorkflowCases cases,
    ReportStore store,
    IDirectoryStore directory,
    IOptions<ReportOptions> options,
    IOptions<LinksOptions> links,
    TimeProvider time,
    QuestionWording? questionWording = null) : ICommandHandler
{
    private static readonly MeasureWorkflow Measures = new();
    private static readonly PlanWorkflow Plans = new();

    public Type CommandType => typeof(CompileReport);

    public async Task ExecuteAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var command = (CompileReport)entry.Command;
        var round = Enum.Parse<ReportRound>(command.Round);
        var report = await CompileAsync(command.PlanInstanceId, round, cancellationToken);
        var files = await store.SaveAsync(report, cancellationToken);
        var compiled = new ReportCompiled(round, files.DocxBlobName, files.XlsxBlobName, [.. report.NotReady.Select(r => r.MeasureId)]);
        await cases.RaiseAsync(command.PlanInstanceId, compiled, "reports", entry.Id, entry.CreatedAt, cancellationToken);
    }

    /// <summary>Builds the report model of a plan instance for a round from its measures' current state.</summary>
    public async Task<SemiAnnualReport> CompileAsync(string planInstanceId, ReportRound round, CancellationToken cancellationToken)
    {
        var planCase = await cases.GetAsync(planInstanceId, cancellationToken)
            ?? throw new InvalidOperationException($"Plan instance {planInstanceId} does not exist.");
        var planState = Plans.ReadState(planCase.StateJson);
        var measures = new List<Measure>();
        var progress = new List<ApprovedProgress>();
        foreach (var measureInstanceId in planState.MeasureInstanceIds)
        {
            var measureCase = await cases.GetAsync(measureInstanceId, cancellationToken);
            if (measureCase is null)
            {
                continue;
            }

            var state = Measures.ReadState(measureCase.StateJson);
            measures.Add(state.Measure);
            progress.AddRange(state.Progress
                .Where(p => p.Submissions > 0)
                .Select(p => ToProgress(state, p, round)));
        }

        var plan = new Plan(planState.District, planState.FiscalYear, measures);
        var people = await directory.GetAsync(planState.District, cancellationToken);
        var directorName = people?.DirectorName is { Length: > 0 } listed ? listed
            : options.Value.DirectorNames.TryGetValue(planState.District, out var configured) ? configured
            : "";
        var signatory = new ReportSignatory(directorName, ReportText.DirectorPosition(planState.District));
        var reporter = people?.CoordinatorName is { Length: > 0 } coordinator
            ? new ReportSignatory(coordinator, people.CoordinatorPosition ?? "")
            : null;
        return ReportCompiler.Compile(plan, round, progress, signatory, time.GetUtcNow(), reporter, questionWording);
    }

    // An uploaded file's blob and the admin download page are not public; the report links the file's public address.
    private ApprovedProgress ToProgress(MeasureState state, PeriodProgress progress, ReportRound round)
    {
        var approved = progress.Status == PeriodStatus.Approved;
        return new ApprovedProgress(
            state.Measure.Id,
            state.Periods[progress.Index].End,
            approved ? progress.ReviewedAt : null,
            WorkStatusText(progress.WorkStatus),
            progress.Percent,
            progress.Result,
            progress.Problems,
            [.. progress.Evidence.Select((e, i) => new EvidenceItem(e.Name, e.Url ?? (e.BlobName is null ? "" : PublicEvidenceUrl(state, progress.Index, i, e.Name, round))))],
            approved);
    }

    private string PublicEvidenceUrl(MeasureState state, int period, int index, string name, ReportRound round) =>
        links.Value.PublicBaseUrl.TrimEnd('/')
        + PublicReportEndpoints.EvidencePath(state.District, state.FiscalYear, round, state.Measure.Id, period, index, name);

    private static string WorkStatusText(WorkStatus status) => status switch
    {
        WorkStatus.NotStarted => "ยังไม่เริ่มดำเนินการ",
        WorkStatus.InProgress => "อยู่ระหว่างดำเนินการ",
        WorkStatus.Done => "ดำเนินการแล้วเสร็จ",
        _ => "มีปัญหา/อุปสรรค",
    };
}
