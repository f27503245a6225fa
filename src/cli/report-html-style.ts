/**
 * The HTML report's inline style and script: the file is read straight from disk, so nothing is loaded
 * from anywhere (no CDN, no font, no image). The script only filters the scenario table and holds no data:
 * everything the report says is in the markup, readable with scripts off.
 */
import { STATE_COLOURS } from "./report-html-timeline.js";

const stateRules = Object.entries(STATE_COLOURS)
  .map(([state, colour]) => `.timeline .s-${state}{fill:${colour}}`)
  .join("\n");

export const REPORT_CSS = `
:root{color-scheme:light;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg2:#f6f8fa;--pass:#1a7f37;--fail:#cf222e;--skip:#9a6700}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1180px;padding:20px 24px 60px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:14px;margin:0 0 6px}
code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{background:var(--bg2);border:1px solid var(--line);border-radius:6px;padding:8px;overflow:auto;max-height:320px;white-space:pre-wrap;word-break:break-all;margin:4px 0}
.verdict{display:inline-block;font-weight:700;padding:4px 12px;border-radius:6px;color:#fff;margin:6px 0}
.verdict.passed{background:var(--pass)}.verdict.failed{background:var(--fail)}
.totals{display:flex;gap:10px;flex-wrap:wrap;margin:8px 0}
.total{border:1px solid var(--line);border-radius:6px;padding:4px 12px;min-width:92px}
.total b{display:block;font-size:20px}
.total.failed b{color:var(--fail)}.total.passed b{color:var(--pass)}.total.skipped b{color:var(--skip)}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid var(--line)}
th{background:var(--bg2);font-weight:600}
.facts th{width:210px;background:none;color:var(--muted);font-weight:500}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap}
.badge.passed{background:var(--pass)}.badge.failed,.badge.error{background:var(--fail)}.badge.skipped,.badge.untested,.badge.interrupted{background:var(--skip)}
.check{display:inline-block;margin:1px 6px 1px 0;font-size:12px;white-space:nowrap}
.check::before{content:"●";margin-right:3px}
.check.passed::before{color:var(--pass)}.check.failed::before{color:var(--fail)}.check.skipped::before{color:var(--skip)}
.check.failed{font-weight:600}
.why{color:var(--muted);font-size:12px;margin-top:2px}
.filter{border:0;padding:0;margin:0 0 8px;display:flex;gap:14px;align-items:center}
.filter label{cursor:pointer}
body[data-show=failed] tr.scenario:not([data-group=failed]){display:none}
body[data-show=notrun] tr.scenario:not([data-group=notrun]){display:none}
.failure{border:1px solid var(--line);border-left:4px solid var(--fail);border-radius:6px;padding:10px 12px;margin:12px 0}
.rule{background:#fff8c5;border-radius:6px;padding:6px 10px;margin:6px 0}
.exchange{display:grid;grid-template-columns:1fr 1fr;gap:10px}
.exchange h4{margin:6px 0 0;font-size:12px;color:var(--muted)}
.muted{color:var(--muted)}
.timeline{max-width:100%;height:auto;font:11px ui-monospace,Menlo,Consolas,monospace}
.timeline .op-label{text-anchor:end;fill:var(--fg)}
.timeline .tick{text-anchor:middle;fill:var(--muted)}
.timeline .grid{stroke:#eaeef2}
.timeline .band{fill:#f6f8fa}
.timeline .after{opacity:.3}
.timeline .mark.refused{opacity:.3}
.timeline .op-row:hover .band,.timeline .op-row:hover .op-label{fill:#ddf4ff}
${stateRules}
.m-start{fill:#111}.m-get{stroke:#111;stroke-width:1.2}.m-wait{stroke:#8250df;stroke-width:2}
.m-cancel{stroke:#cf222e;stroke-width:2.4}.m-delete{fill:#111}
.legend{display:flex;flex-wrap:wrap;gap:12px;align-items:center;font-size:12px}
.key{display:inline-flex;align-items:center;gap:4px}.key i{display:inline-block;width:18px;height:10px}
.key.faded{color:var(--muted)}.sep{width:12px}
`;

/** Filters the scenario table (all, failures, skipped) and says how many rows show. */
export const REPORT_SCRIPT = `
(function () {
  var body = document.body;
  var rows = document.querySelectorAll("tr.scenario");
  var shown = document.getElementById("shown");
  function apply(value) {
    body.setAttribute("data-show", value);
    var n = 0;
    rows.forEach(function (row) { if (row.offsetParent !== null) n++; });
    if (shown) shown.textContent = n + " of " + rows.length + " scenarios shown";
  }
  document.querySelectorAll("input[name=show]").forEach(function (input) {
    input.addEventListener("change", function () { if (input.checked) apply(input.value); });
    if (input.checked) apply(input.value);
  });
})();
`;
