using System.Security.Cryptography;
using System.Text;
using ItaWorkflow.Links.Pages;
using ItaWorkflow.Notifications;
using ItaWorkflow.Workflow.Engine;
using ItaWorkflow.Workflow.Measures;
using ItaWorkflow.Workflow.Plans;
using Microsoft.AspNetCore.Antiforgery;

namespace ItaWorkflow.Links;

/// <summary>
/// The Thai pages behind signed links (no JavaScript), rendered from the Razor components in <c>Links/Pages</c>, which
/// encode every shown value; one inline style, allowed by its hash, lays them out for phones first.
/// </summary>
public static class LinkPageHtml
{
    /// <summary>The only style of every link page; <see cref="ContentSecurityPolicy"/> allows exactly this text.</summary>
    public const string Style =
        "*{box-sizing:border-box}"
        + "body{font-family:'TH Sarabun New',Tahoma,sans-serif;margin:0;background:#f5f5f5;color:#222;line-height:1.55}"
        + "main{max-width:760px;margin:auto;padding:12px 16px 32px;background:#fff;overflow-wrap:anywhere;min-height:100vh}"
        + "h1{font-size:1.3em;line-height:1.35;margin:.2em 0}h2{font-size:1.1em;margin:24px 0 8px;padding-bottom:4px;border-bottom:2px solid #e3e3e3}"
        + ".sub{color:#555;margin:0 0 12px}a{color:#0b5394}"
        + "dl.facts{margin:0}dt{font-weight:bold;color:#555;margin-top:8px}dd{margin:0;white-space:pre-wrap}"
        + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:6px;text-align:left;vertical-align:top;white-space:pre-wrap}th{background:#f3f3f3}"
        + "h3{font-size:1em;margin:0 0 4px}.card{border:1px solid #ddd;border-radius:6px;padding:8px 12px;margin-bottom:10px}"
        + "ul.files{margin:0;padding-left:1.2em}ul.files li{margin:4px 0}"
        + "table.history{table-layout:fixed}table.history th:nth-child(1){width:11em}table.history th:nth-child(2){width:14em}table.history th:nth-child(3){width:8em}"
        + "details{margin:4px 0}summary{cursor:pointer;padding:10px 0;min-height:44px;color:#0b5394;font-weight:bold}"
        + "label{display:block;margin-top:14px;font-weight:bold}.hint{display:block;font-weight:normal;color:#555;font-size:.9em}"
        + "input,select,textarea{width:100%;padding:8px;font-size:1em;font-family:inherit;min-height:44px;border:1px solid #999;border-radius:4px;background:#fff}"
        + "label.check{display:flex;gap:10px;align-items:flex-start;font-weight:normal}label.check input{width:24px;height:24px;min-height:0;flex:none;margin:2px 0 0}"
        + ".actions{display:flex;flex-wrap:wrap;gap:8px;margin-top:16px}"
        + "button{min-height:44px;padding:10px 16px;font-size:1em;font-family:inherit;border:1px solid #0b5394;border-radius:6px;background:#0b5394;color:#fff;cursor:pointer}"
        + "button.secondary{background:#fff;color:#0b5394}button.done{background:#1e7b34;border-color:#1e7b34;font-weight:bold}"
        + ".complete{margin-top:24px;padding:12px;border:2px solid #1e7b34;border-radius:8px;background:#eef8f0}.complete h2{margin-top:0;border:0}"
        + ".task{background:#fff8e1;border:1px solid #e6c25a;border-radius:6px;padding:8px 10px;margin:8px 0}"
        + ".error{background:#fde8e8;border:1px solid #e0a0a0;padding:8px;border-radius:6px}.notice{background:#e8f3fd;border:1px solid #a0c4e0;padding:8px;border-radius:6px}"
        + ".error ul{margin:0;padding-left:1.2em}"
        + "@media (min-width:601px){dl.facts{display:grid;grid-template-columns:11em 1fr;column-gap:12px}dt,dd{margin:0;padding:6px 0;border-bottom:1px solid #eee}}"
        + "@media (max-width:600px){main{padding:10px 12px 24px}.actions button{width:100%}"
        + "table.cards thead{display:none}table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:100%}"
        + "table.cards tr{border:1px solid #ddd;border-radius:6px;margin-bottom:10px;padding:4px 10px}table.cards td{border:0;padding:4px 0}"
        + "table.cards td::before{content:attr(data-label);display:block;font-weight:bold;color:#555;font-size:.9em}}";

    /// <summary>
    /// The policy of every link response: nothing loads but the page's own inline style (allowed by its hash, so no
    /// injected style or script runs), forms post only back to the app, and no page can frame it.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static LinkPage Message(string title, string message, bool error) => new(typeof(MessagePage), new Dictionary<string, object?>
    {
        [nameof(MessagePage.Title)] = title,
        [nameof(MessagePage.Message)] = message,
        [nameof(MessagePage.Error)] = error,
    });

    /// <summary>The measure page: details, progress per period, history, the notice or errors, and the form the link allows.</summary>
    public static LinkPage Measure(
        MeasureState state, InstanceRecord instance, IReadOnlyList<HistoryEntry> history, LinkClaims claims, string token,
        AntiforgeryTokenSet antiforgery, string? notice, IReadOnlyList<string> errors, ProgressForm form, string comment) =>
        new(typeof(MeasurePage), new Dictionary<string, object?>
        {
            [nameof(MeasurePage.State)] = state,
            [nameof(MeasurePage.Instance)] = instance,
            [nameof(MeasurePage.History)] = history,
            [nameof(MeasurePage.Claims)] = claims,
            [nameof(MeasurePage.Token)] = token,
            [nameof(MeasurePage.Antiforgery)] = antiforgery,
            [nameof(MeasurePage.Notice)] = notice,
            [nameof(MeasurePage.Errors)] = errors,
            [nameof(MeasurePage.Form)] = form,
            [nameof(MeasurePage.Comment)] = comment,
        });

    /// <summary>The report page for the coordinator and the director.</summary>
    public static LinkPage Plan(
        PlanState state, LinkClaims claims, string token, AntiforgeryTokenSet antiforgery, string? notice, IReadOnlyList<string> errors, string comment) =>
        new(typeof(PlanPage), new Dictionary<string, object?>
        {
            [nameof(PlanPage.State)] = state,
            [nameof(PlanPage.Claims)] = claims,
            [nameof(PlanPage.Token)] = token,
            [nameof(PlanPage.Antiforgery)] = antiforgery,
            [nameof(PlanPage.Notice)] = notice,
            [nameof(PlanPage.Errors)] = errors,
            [nameof(PlanPage.Comment)] = comment,
        });

    /// <summary>"… แล้ว โดย x เมื่อ y" from the instance's applied idempotency keys.</summary>
    public static string UsedMessage(string what, InstanceRecord instance, string key) =>
        instance.Applied.TryGetValue(key, out var applied)
            ? $"ลิงก์นี้ใช้แล้ว: {what} โดย {applied.Actor} เมื่อ {ThaiDates.Format(applied.At)}"
            : $"ลิงก์นี้ใช้แล้ว: {what}";
}
