/**
 * The ways a reader may decode text, for finding a secret a server hid by encoding it. A viewer parses
 * a JSON body (so `\u0042earer` reads `Bearer`), a browser decodes `%41`, an XML or HTML reader `&#65;`,
 * and anyone can paste a base64 blob into a decoder. `decodedViews` gives the text as each reader sees
 * it, every character mapped back to the span of the original it came from, so a match in a view
 * redacts exactly the original characters; `base64Cores` gives what base64 of any text holding a secret
 * must contain. Runs in browsers too (no Buffer).
 */

/** Text as a reader decodes it; character i came from the original's `[from[i], to[i])`. */
export interface DecodedView {
  text: string;
  from: Int32Array;
  to: Int32Array;
}

/**
 * One escape of some format and the text it decodes to: JSON and JavaScript escapes (`\u0042`, `\"`,
 * `\/`, `\n`, `\x42`), percent-encoding (`%42`, RFC 3986), XML and HTML character references (`&#66;`,
 * `&#x42;`) and the five predefined entities.
 */
const ESCAPE = /\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\([\\"/'bfnrt])|%([0-9a-fA-F]{2})|&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));|&(amp|lt|gt|quot|apos);/g;
const SIMPLE: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** How many decodings deep a secret is looked for (a JSON string inside a JSON body, a `%5Cu0042`). */
const MAX_LEVELS = 3;

function decodeEscape(match: RegExpExecArray): string {
  const [, u, x, simple, percent, hex, decimal, entity] = match;
  if (u !== undefined) return String.fromCharCode(parseInt(u, 16));
  if (x !== undefined) return String.fromCharCode(parseInt(x, 16));
  if (simple !== undefined) return SIMPLE[simple] ?? simple;
  if (percent !== undefined) return String.fromCharCode(parseInt(percent, 16));
  if (entity !== undefined) return ENTITIES[entity]!;
  const code = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal!, 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : match[0];
}

/** `view` with one level of escapes decoded, or undefined when it holds none. */
function decodeOnce(view: DecodedView): DecodedView | undefined {
  const { text } = view;
  ESCAPE.lastIndex = 0;
  let match = ESCAPE.exec(text);
  if (match === null) return undefined;
  // An escape never decodes to more UTF-16 units than it is long, so the source's length bounds the view.
  const from = new Int32Array(text.length);
  const to = new Int32Array(text.length);
  const parts: string[] = [];
  let length = 0;
  let at = 0;
  const keep = (end: number) => {
    parts.push(text.slice(at, end));
    from.set(view.from.subarray(at, end), length);
    to.set(view.to.subarray(at, end), length);
    length += end - at;
  };
  while (match !== null) {
    keep(match.index);
    const decoded = decodeEscape(match);
    from.fill(view.from[match.index]!, length, length + decoded.length);
    to.fill(view.to[match.index + match[0].length - 1]!, length, length + decoded.length);
    parts.push(decoded);
    length += decoded.length;
    at = match.index + match[0].length;
    match = ESCAPE.exec(text);
  }
  keep(text.length);
  return { text: parts.join(""), from: from.subarray(0, length), to: to.subarray(0, length) };
}

/**
 * The text as it is, then as readers decode it, one more level of escapes each (at most three). Made
 * one at a time, so a large body holds two views in memory, not four.
 */
export function* decodedViews(text: string): Generator<DecodedView> {
  const from = new Int32Array(text.length);
  for (let i = 0; i < from.length; i++) from[i] = i;
  const to = from.map((i) => i + 1);
  let view: DecodedView | undefined = { text, from, to };
  for (let level = 0; view !== undefined; level++) {
    yield view;
    view = level < MAX_LEVELS ? decodeOnce(view) : undefined;
  }
}

/** Whether any reader would decode something in `text` (the cheap test before building views). */
export function hasEscapes(text: string): boolean {
  ESCAPE.lastIndex = 0;
  return ESCAPE.test(text);
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, "");
}

/**
 * What base64 of any text that holds `secret` contains, whatever comes before and after it: base64
 * encodes 3 bytes as 4 characters, so the secret starts at one of 3 alignments, and at each the
 * characters that depend on its bytes alone are fixed. `Bearer <token>` (7 bytes before), `Basic`'s
 * `user:<password>` and the token alone are all covered. Both alphabets: base64 and base64url (RFC 4648).
 */
export function base64Cores(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  const cores = new Set<string>();
  for (const before of [0, 1, 2]) {
    const shifted = new Uint8Array(before + bytes.length);
    shifted.set(bytes, before);
    const all = toBase64(shifted);
    const total = shifted.length;
    // The first characters mix in the unknown bytes before; the last ones those after.
    const skip = [0, 2, 3][before]!;
    const fixed = 4 * Math.floor(total / 3) + (total % 3);
    const core = all.slice(skip, fixed);
    cores.add(core);
    cores.add(core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return [...cores].sort((a, b) => b.length - a.length);
}

/** Characters of a base64 or base64url blob, padding aside. */
export const BASE64_CHAR = /[A-Za-z0-9+/_-]/;
