namespace ItaWorkflow.Admin;

/// <summary>The admin stylesheet, served from the app so the pages need no CDN and CSP can stay strict.</summary>
public static class AdminCss
{
    public const string Text = """
        :root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --accent: #0b4f8a; --bad: #a4161a; --ok: #1b6e2a; }
        body { font-family: "TH Sarabun New", "Sarabun", "Loma", "Garuda", sans-serif; font-size: 17px; color: var(--ink); margin: 0; background: #fff; }
        main { padding: 1rem 1.5rem; }
        header { background: var(--accent); display: flex; align-items: center; }
        header .language { margin: .5rem 1.5rem; }
        header nav { flex: 1; background: var(--accent); padding: .5rem 1.5rem; display: flex; justify-content: space-between; align-items: center; }
        header ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 1.25rem; flex-wrap: wrap; }
        header a, header .who { color: #fff; }
        header form.signout { margin: 0 0 0 1rem; }
        header form.signout button { background: transparent; color: #fff; border: 1px solid #fff; padding: .2rem .6rem; cursor: pointer; }
        a { color: var(--accent); }
        a:focus, button:focus, input:focus, select:focus { outline: 3px solid #f0a500; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
        table { border-collapse: collapse; width: 100%; margin: .75rem 0; }
        th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        th { background: #eef2f6; }
        form.filters, form.action { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; border: 1px solid var(--line); padding: .75rem; margin: .5rem 0; }
        .field { display: flex; flex-direction: column; } .field.check { flex-direction: row; gap: .3rem; align-items: center; }
        label { font-weight: bold; color: var(--muted); } .hint { color: var(--muted); font-size: .9em; }
        details.technical { margin: .75rem 0; } details.technical summary { cursor: pointer; color: var(--muted); }
        input, select, textarea, button { font: inherit; padding: .2rem .4rem; }
        button { background: var(--accent); color: #fff; border: 0; padding: .35rem .9rem; cursor: pointer; }
        .error { color: var(--bad); font-weight: bold; } .ok { color: var(--ok); font-weight: bold; }
        .overdue { color: var(--bad); font-weight: bold; }
        ol.timeline { list-style: none; padding-left: 0; } ol.timeline li { border-left: 3px solid var(--accent); padding: .2rem .75rem; margin-bottom: .4rem; }
        ol.timeline li.admin { border-left-color: #f0a500; } ol.timeline li.email { border-left-color: var(--ok); }
        pre { white-space: pre-wrap; word-break: break-word; background: #f6f6f6; padding: .4rem; margin: .2rem 0; }
        .charts { display: flex; flex-wrap: wrap; gap: 1.5rem; } figure { margin: 0; } figcaption { font-weight: bold; }
        svg text { font-family: inherit; font-size: 12px; fill: var(--ink); }
        section.report { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; margin: .6rem 0; max-width: 60rem; overflow-wrap: anywhere; }
        section.report h3 { margin: .2rem 0 .4rem; } section.report dt { font-weight: bold; color: var(--muted); margin-top: .35rem; } section.report dd { margin: 0 0 0 .5rem; }
        section.report form.inline { margin: .6rem 0 .2rem; }
        .badge { display: inline-block; background: var(--bad); color: #fff; border-radius: .6rem; padding: 0 .5rem; font-size: .85em; margin-left: .3rem; white-space: nowrap; }
        .error-summary { border: 3px solid var(--bad); padding: .5rem 1rem; margin: .5rem 0; } .error-summary a { color: var(--bad); }
        .field-error { display: block; color: var(--bad); font-weight: bold; } input.invalid { border: 2px solid var(--bad); }
        .fields { display: flex; flex-wrap: wrap; gap: .5rem 1rem; } form.directory button.secondary { background: #fff; color: var(--accent); border: 1px solid var(--accent); }
        table.cards input[type=text] { width: 100%; box-sizing: border-box; min-width: 8rem; } table.cards td.row-number, table.cards td.remove { width: 3rem; text-align: center; }
        @media (max-width: 700px) {
          main { padding: .75rem; } .fields .field, .fields input { width: 100%; box-sizing: border-box; }
          table.cards thead { display: none; } table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: auto; }
          table.cards tr { border: 1px solid var(--line); margin-bottom: .75rem; padding: .4rem; } table.cards td { border: 0; padding: .2rem 0; text-align: left; }
          table.cards td::before { content: attr(data-label); display: block; font-weight: bold; color: var(--muted); }
          table.cards td.row-number, table.cards td.remove { width: auto; text-align: left; }
          table.cards td.row-number { font-weight: bold; } table.cards td.row-number::before { display: inline; margin-right: .3rem; }
          header, header nav { display: block; } header ul { gap: .25rem 1rem; } header .who { display: block; margin: .3rem 0; }
          header form.signout { display: inline-block; margin: 0; }
        }
        """;
}
