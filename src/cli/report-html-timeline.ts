/**
 * The timeline picture of the HTML report: one row per operation the run touched, its observed state as
 * coloured bars (each state lasts from the answer that showed it to the next answer; after the last one
 * the bar fades, since nothing was seen), and the run's requests as marks on the row, so a reader sees at
 * a glance what a cancel did and when. Plain inline SVG with native tooltips (`<title>`): no script, no
 * chart library.
 */
import type { HtmlText } from "./html-text.js";
import type { Observation, OperationHistory, OperationState, OperationTimeline, RequestAction, RequestMark } from "./operation-timeline.js";

export const STATE_COLOURS: Readonly<Record<OperationState, string>> = {
  running: "#3b82f6",
  done: "#16a34a",
  cancelled: "#d97706",
  failed: "#dc2626",
  deleted: "#6b7280",
};

const LABEL_WIDTH = 330;
const PLOT_WIDTH = 760;
const ROW = 20;
const BAR = 10;
const TOP = 30;
const WIDTH = LABEL_WIDTH + PLOT_WIDTH + 20;

const fixed = (n: number) => (Math.round(n * 10) / 10).toString();
const seconds = (ms: number) => `${Number((ms / 1000).toFixed(ms < 10_000 ? 2 : 1))} s`;

/** A tick step of 1, 2 or 5 × 10^n seconds giving about eight ticks. */
function tickStep(spanMs: number): number {
  const rough = spanMs / 8;
  const power = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough) ?? 10 * power;
}

/** The glyph of a request mark, centred on (x, y). */
function markShape(action: RequestAction, x: number, y: number): string {
  switch (action) {
    case "start":
      return `<path class="m-start" d="M${fixed(x)} ${y - 7}l7 7-7 7z"/>`;
    case "cancel":
      return `<path class="m-cancel" d="M${fixed(x - 5)} ${y - 5}l10 10m0-10l-10 10"/>`;
    case "delete":
      return `<rect class="m-delete" x="${fixed(x - 4)}" y="${y - 4}" width="8" height="8"/>`;
    case "wait":
      return `<path class="m-wait" d="M${fixed(x)} ${y - 8}v16"/>`;
    default:
      return `<path class="m-get" d="M${fixed(x)} ${y - 6}v12"/>`;
  }
}

function describeMark(mark: RequestMark, start: number): string {
  const answer = mark.status === 0 ? "no answer" : String(mark.status);
  return `${seconds(mark.at - start)}: ${mark.action} → ${answer}${mark.scenario ? ` (${mark.scenario})` : ""}`;
}

/** Observations in time order, a run of answers showing the same state merged into one span. */
function spansOf(observations: readonly Observation[]): Span[] {
  const spans: Span[] = [];
  for (const o of [...observations].sort((a, b) => a.at - b.at)) {
    const open = spans.at(-1);
    if (open && open.state === o.state) {
      open.count += 1;
      open.lastAt = o.at;
    } else spans.push({ ...o, count: 1, lastAt: o.at });
  }
  return spans;
}

/** Answers in a row that showed one state: from the first (`at`) to the last (`lastAt`). */
type Span = Observation & { count: number; lastAt: number };

function bar(cls: string, from: number, to: number, y: number, title: string, text: HtmlText): string {
  const width = Math.max(to - from, 1.5);
  return `<rect class="${cls}" x="${fixed(from)}" y="${y - BAR / 2}" width="${fixed(width)}" height="${BAR}"><title>${text(title)}</title></rect>`;
}

function rowOf(op: OperationHistory, index: number, timeline: OperationTimeline, text: HtmlText, x: (at: number) => number): string {
  const y = TOP + index * ROW + ROW / 2;
  const id = op.name.split("/").at(-1) ?? op.name;
  const label = `${id}${op.kind ? ` · ${op.kind}` : ""}`;
  const parts = [`<g class="op-row" data-operation="${text(op.name)}">`, `<title>${text(op.name)}</title>`];
  parts.push(`<text class="op-label" x="${LABEL_WIDTH - 8}" y="${y + 4}">${text(label.length > 44 ? `${label.slice(0, 43)}…` : label)}</text>`);
  if (index % 2 === 0) parts.push(`<rect class="band" x="${LABEL_WIDTH}" y="${y - ROW / 2}" width="${PLOT_WIDTH}" height="${ROW}"/>`);
  const spans = spansOf(op.observations);
  spans.forEach((o, i) => {
    const next = spans[i + 1];
    const seenBy = o.count > 1 ? `${o.count} answers, first ${o.via}` : o.via;
    const title = `${o.state} from ${seconds(o.at - timeline.start)} (${seenBy})`;
    if (next) {
      parts.push(bar(`s-${o.state}`, x(o.at), x(next.at), y, title, text));
      return;
    }
    // The last state seen is solid up to the last answer that showed it, faded after: nothing was seen then.
    if (o.lastAt > o.at) parts.push(bar(`s-${o.state}`, x(o.at), x(o.lastAt), y, title, text));
    parts.push(bar(`s-${o.state} after`, x(o.lastAt), x(timeline.end), y, `${title}; last seen at ${seconds(o.lastAt - timeline.start)}, not seen after`, text));
  });
  // A request answered with an error (a malformed cancel's 400, say) did nothing: its mark is faint.
  const refused = (mark: RequestMark) => mark.status < 200 || mark.status > 299;
  for (const mark of op.marks) parts.push(`<g class="mark${refused(mark) ? " refused" : ""}">${markShape(mark.action, x(mark.at), y)}<title>${text(describeMark(mark, timeline.start))}</title></g>`);
  parts.push("</g>");
  return parts.join("");
}

function axis(timeline: OperationTimeline, height: number, x: (at: number) => number): string {
  const span = Math.max(timeline.end - timeline.start, 1);
  const step = tickStep(span);
  const ticks: string[] = [];
  for (let t = 0; t <= span; t += step) {
    const at = fixed(x(timeline.start + t));
    ticks.push(`<path class="grid" d="M${at} ${TOP - 6}V${height - 4}"/><text class="tick" x="${at}" y="${TOP - 10}">${seconds(t)}</text>`);
  }
  return ticks.join("");
}

/** The legend of states and marks, as HTML beside the picture. */
export function timelineLegend(): string {
  const states = Object.entries(STATE_COLOURS).map(([state, colour]) => `<span class="key"><i style="background:${colour}"></i>${state}</span>`);
  const marks = [
    ["m-start", "M2 2l7 7-7 7z", "start"],
    ["m-get", "M6 3v12", "get"],
    ["m-wait", "M6 1v16", "wait"],
    ["m-cancel", "M1 4l10 10m0-10l-10 10", "cancel"],
  ].map(([cls, d, name]) => `<span class="key"><svg width="12" height="18"><path class="${cls}" d="${d}"/></svg>${name}</span>`);
  const del = `<span class="key"><svg width="12" height="18"><rect class="m-delete" x="2" y="5" width="8" height="8"/></svg>delete</span>`;
  return `<p class="legend">${states.join("")}<span class="sep"></span>${marks.join("")}${del}<span class="key faded">faded bar: last state seen, not seen after; faint mark: answered with an error</span></p>`;
}

/** The timeline as an inline SVG element (a sentence when the run touched no operation). */
export function timelineSvg(timeline: OperationTimeline, text: HtmlText): string {
  if (timeline.operations.length === 0) return `<p class="empty">The run touched no operation.</p>`;
  const span = Math.max(timeline.end - timeline.start, 1);
  const x = (at: number) => LABEL_WIDTH + ((at - timeline.start) / span) * PLOT_WIDTH;
  const height = TOP + timeline.operations.length * ROW + 8;
  const rows = timeline.operations.map((op, i) => rowOf(op, i, timeline, text, x)).join("\n");
  return `<svg class="timeline" role="img" aria-label="state of each operation over the run" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">${axis(timeline, height, x)}\n${rows}</svg>`;
}
