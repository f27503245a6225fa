/**
 * Keeping secrets out of text: every message, report and log line the product writes passes through
 * `redactSecrets` with the tokens in play. A server may echo the Authorization header in its error
 * message, percent-encode it (an `access_token` query parameter) or escape it inside a JSON string, so
 * each secret is looked for in all of those forms.
 */

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
 * Real access tokens are far longer, and are replaced wherever they occur.
 */
const SHORT_SECRET = 8;
/** A short secret stands alone when no letter or digit touches it. */
const WORD_CHAR = "[A-Za-z0-9]";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `text` with every form of every secret replaced by REDACTED. */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
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
