/**
 * Keeping secrets out of text: every message, report and log line the product writes passes through
 * `redactSecrets` with the secrets in play. A server may echo the Authorization header in its error
 * message, percent-encode it (an `access_token` query parameter), escape it inside a JSON string (wholly
 * or one character: `\u0042earer`), or send it in base64; a reader decodes all of those, so each secret
 * is looked for as is, in the text as each reader decodes it, and in base64 (secret-views.ts).
 */
import { BASE64_CHAR, base64Cores, decodedViews, hasEscapes, type DecodedView } from "./secret-views.js";

/** What a secret is replaced with. */
export const REDACTED = "[REDACTED]";

/** The forms a secret may take in text: as is, percent-encoded, and escaped inside a JSON string. */
export function secretForms(secret: string): string[] {
  if (secret === "") return [];
  const forms = new Set([secret, JSON.stringify(secret).slice(1, -1)]);
  try {
    forms.add(encodeURIComponent(secret));
  } catch {
    // A lone surrogate cannot be percent-encoded, so it cannot appear that way either.
  }
  // Longest first, so a form that contains another is replaced whole.
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * Below this length a secret is replaced only where it stands alone (not inside a longer run of token
 * characters): a one-letter test token replaced inside every word would leave no report readable.
 * Real access tokens are far longer, and are replaced wherever they occur. Base64 is looked for only
 * at this length and beyond: a short secret's base64 is a few letters any text may hold.
 */
const SHORT_SECRET = 8;
/** A short secret stands alone when no letter or digit touches it. */
const WORD_CHAR = "[A-Za-z0-9]";
const IS_WORD_CHAR = new RegExp(WORD_CHAR);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The base64 cores of recent secrets: computing them is cheap, but reports call this per string. */
const coresCache = new Map<string, string[]>();
function coresOf(secret: string): string[] {
  let cores = coresCache.get(secret);
  if (cores === undefined) {
    if (coresCache.size >= 64) coresCache.clear();
    cores = secret.length >= SHORT_SECRET ? base64Cores(secret) : [];
    coresCache.set(secret, cores);
  }
  return cores;
}

/** The forms redacted where they stand: as is, JSON-escaped and percent-encoded. */
function redactLiteralForms(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    for (const form of secretForms(secret)) {
      if (!out.includes(form)) continue;
      if (form.length >= SHORT_SECRET) out = out.split(form).join(REDACTED);
      else out = out.replace(new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(form)}(?!${WORD_CHAR})`, "g"), REDACTED);
    }
  }
  return out;
}

/** Spans of the original text that show `needle` once decoded as `view` does. */
function spansOf(view: DecodedView, needle: string, standsAlone: boolean, wholeBlob: boolean, spans: Array<[number, number]>): void {
  const { text } = view;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    let start = at;
    let end = at + needle.length;
    if (standsAlone && ((start > 0 && IS_WORD_CHAR.test(text[start - 1]!)) || (end < text.length && IS_WORD_CHAR.test(text[end]!)))) continue;
    if (wholeBlob) {
      // The whole base64 blob goes: its other characters are the rest of the encoded header.
      while (start > 0 && BASE64_CHAR.test(text[start - 1]!)) start--;
      while (end < text.length && (BASE64_CHAR.test(text[end]!) || text[end] === "=")) end++;
    }
    spans.push([view.from[start]!, view.to[end - 1]!]);
  }
}

/** Where a text was cut short, as `preview` and the console's columns cut it. */
const CUT = "…";
/** The fewest characters of a secret left before a cut that are taken for it. */
const CUT_PREFIX = 4;

/**
 * Spans of a secret cut short: a message cut at a length may end inside the secret (`Bearer ya29.a0Af…`)
 * or inside a base64 blob holding it, and what is left of it still gives most of it away.
 */
function cutSpans(view: DecodedView, secret: string, cores: readonly string[], spans: Array<[number, number]>): void {
  const { text } = view;
  for (let cut = text.indexOf(CUT); cut !== -1; cut = text.indexOf(CUT, cut + 1)) {
    for (let k = Math.min(secret.length - 1, cut); k >= CUT_PREFIX; k--) {
      if (text.startsWith(secret.slice(0, k), cut - k)) {
        spans.push([view.from[cut - k]!, view.to[cut - 1]!]);
        break;
      }
    }
    let start = cut;
    while (start > 0 && BASE64_CHAR.test(text[start - 1]!)) start--;
    const blob = text.slice(start, cut);
    // The core may begin anywhere in the blob; what follows it up to the cut is where it was cut.
    for (let at = 0; blob.length - at >= SHORT_SECRET; at++) {
      if (cores.some((core) => core.startsWith(blob.slice(at)))) {
        spans.push([view.from[start]!, view.to[cut - 1]!]);
        break;
      }
    }
  }
}

/** `text` with the spans replaced, overlapping spans merged. */
function replaceSpans(text: string, spans: Array<[number, number]>): string {
  spans.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    if (start >= at) out += text.slice(at, start) + REDACTED;
    at = end;
  }
  return out + text.slice(at);
}

/** `text` with every form of every secret replaced by REDACTED. */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  const list = [...secrets].filter((s) => s !== "");
  if (list.length === 0) return text;
  const out = redactLiteralForms(text, list);
  const cut = out.includes(CUT);
  if (!cut && !hasEscapes(out) && !list.some((secret) => coresOf(secret).some((core) => out.includes(core)))) return out;
  // Some reader would decode something here: look again, in the text as each of them sees it.
  const spans: Array<[number, number]> = [];
  for (const view of decodedViews(out)) {
    for (const secret of list) {
      spansOf(view, secret, secret.length < SHORT_SECRET, false, spans);
      for (const core of coresOf(secret)) spansOf(view, core, false, true, spans);
      if (cut) cutSpans(view, secret, coresOf(secret), spans);
    }
  }
  return spans.length === 0 ? out : replaceSpans(out, spans);
}

/** Redacts every string inside a JSON-like value (objects and arrays are copied; depth-limited). */
export function redactDeep<T>(value: T, secrets: Iterable<string>, depth = 64): T {
  const list = [...secrets].filter((s) => s !== "");
  if (list.length === 0) return value;
  const walk = (v: unknown, left: number): unknown => {
    if (typeof v === "string") return redactSecrets(v, list);
    if (typeof v !== "object" || v === null) return v;
    // Past the limit nothing is walked, so nothing is passed on unread either.
    if (left <= 0) return "[nested too deep]";
    if (Array.isArray(v)) return v.map((item) => walk(item, left - 1));
    return Object.fromEntries(Object.entries(v).map(([k, item]) => [redactSecrets(k, list), walk(item, left - 1)]));
  };
  return walk(value, depth) as T;
}
