using System.Text.Json;
using ItaWorkflow.Domain;
using ItaWorkflow.Workflow;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Plans;

namespace ItaWorkflow.Reports;

/// <summary>
/// Reads the rounds of the district plans for the reports page: plan state through <see cref="IWorkflowCases"/>, the
/// plan list and the reviewers' decisions through the admin's read path (<see cref="WorkflowClient"/>), drafts from
/// the <see cref="ReportStore"/>.
/// </summary>
public static class ReportOverview
{
    // A district has one plan per fiscal year; this bounds the read even for a central admin without a district filter.
    private const int MaxPages = 20;

    private static readonly PlanWorkflow Plans = new();

    /// <summary>Every round of every plan, of one district or all, newest fiscal year first.</summary>
    public static async Task<IReadOnlyList<ReportRoundView>> ListAsync(
        string? district, WorkflowClient client, IWorkflowCases cases, ReportStore store, CancellationToken cancellationToken)
    {
        var planIds = new List<string>();
        string? continuation = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var answer = await client.ListAsync(
                new InstanceQuery(District: district, Definition: PlanWorkflow.DefinitionName, PageSize: 100, ContinuationToken: continuation), cancellationToken);
            planIds.AddRange(answer.Items.Select(i => i.InstanceId));
            continuation = answer.ContinuationToken;
            if (continuation is null)
            {
                break;
            }
        }

        var drafts = (await store.ListAsync(district, cancellationToken)).Where(r => r.IsDraft).ToList();
        var views = new List<ReportRoundView>();
        foreach (var planId in planIds.Distinct(StringComparer.Ordinal))
        {
            views.AddRange(await ReadPlanAsync(planId, client, cases, drafts, cancellationToken));
        }

        return [.. views.OrderBy(v => v.District, StringComparer.Ordinal).ThenByDescending(v => v.FiscalYear).ThenBy(v => v.Round)];
    }

    /// <summary>A plan's report state; null when the plan does not exist.</summary>
    public static async Task<PlanState?> PlanAsync(IWorkflowCases cases, string district, int fiscalYear, CancellationToken cancellationToken) =>
        await cases.GetAsync(PlanWorkflow.InstanceIdFor(district, fiscalYear), cancellationToken) is { Definition: PlanWorkflow.DefinitionName } found
            ? Plans.ReadState(found.StateJson)
            : null;

    /// <summary>The official files of a round, when the workflow stored them under the names the store writes.</summary>
    public static StoredReportFiles? OfficialFiles(RoundReport report) =>
        ReportStore.Parse(report.DocxBlob) is { IsDraft: false, Format: ReportFormat.Docx }
        && ReportStore.Parse(report.XlsxBlob) is { IsDraft: false, Format: ReportFormat.Xlsx }
            ? new StoredReportFiles(report.DocxBlob!, report.XlsxBlob!)
            : null;

    private static async Task<IReadOnlyList<ReportRoundView>> ReadPlanAsync(
        string planId, WorkflowClient client, IWorkflowCases cases, IReadOnlyList<StoredReport> drafts, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(planId, cancellationToken) is not { Definition: PlanWorkflow.DefinitionName } found)
        {
            return [];
        }

        var state = Plans.ReadState(found.StateJson);
        var history = await client.GetHistoryAsync(planId, cancellationToken);
        return [.. state.Reports.Select(report =>
        {
            var docx = ReportStore.BlobName(state.District, new FiscalYear(state.FiscalYear), report.Round, ReportFormat.Docx, draft: true);
            var xlsx = ReportStore.BlobName(state.District, new FiscalYear(state.FiscalYear), report.Round, ReportFormat.Xlsx, draft: true);
            var draft = drafts.FirstOrDefault(d => d.BlobName == xlsx) is { } stored && drafts.Any(d => d.BlobName == docx) ? stored : null;
            return new ReportRoundView(
                planId,
                state.District,
                state.FiscalYear,
                report.Round,
                report.Stage,
                ReportStatuses.Of(report.Stage, draft is not null),
                OfficialFiles(report),
                draft is null ? null : new StoredReportFiles(docx, xlsx),
                draft?.LastModified,
                report.MissingMeasures,
                report.LastComment,
                LastDecision<ReportForwarded>(history, report.Round, e => e.Round, e => e.Comment),
                LastDecision<ReportApproved>(history, report.Round, e => e.Round, e => e.Comment),
                report.Round == ReportRound.FirstHalf ? state.FirstHalfOpensAt : state.FullYearOpensAt);
        })];
    }

    private static ReportDecision? LastDecision<TEvent>(
        IReadOnlyList<HistoryEntry> history, ReportRound round, Func<TEvent, ReportRound> roundOf, Func<TEvent, string> commentOf)
        where TEvent : WorkflowEvent =>
        history
            .Where(h => h.Type == typeof(TEvent).Name)
            .Select(h => (Entry: h, Event: JsonSerializer.Deserialize<TEvent>(h.PayloadJson, EngineJson.Options)))
            .Where(x => x.Event is not null && roundOf(x.Event) == round)
            .Select(x => new ReportDecision(x.Entry.Actor, x.Entry.At, commentOf(x.Event!)))
            .LastOrDefault();
}
