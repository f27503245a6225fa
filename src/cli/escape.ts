/**
 * Showing what a server sent without letting it act on the reader's terminal, CI page or viewer. Every
 * reporter passes server-sent text through one of these: a terminal obeys ESC and C1 sequences (clear
 * the screen, set the title, plant an OSC 8 link), CR and BS let a line be overwritten with a forged
 * `Result: passed`, and bidirectional overrides reorder what is shown against what is there (Trojan
 * Source, CVE-2021-42574). Each format escapes in its own syntax: the console and JUnit show a visible
 * `\x1b` or `\u202e`; JSON keeps the value (a `\u` escape decodes to the same character) while its text
 * stays plain and strictly valid.
 */

/**
 * What a reader's software acts on rather than shows: C0 controls, DEL, C1 controls (0x9b alone is a
 * CSI), the bidi marks, embeddings, overrides and isolates (U+061C, U+200E/F, U+202A–U+202E,
 * U+2066–U+2069), the line and paragraph separators, the noncharacters U+FFFE/U+FFFF (XML 1.0 forbids
 * them) and lone surrogates (no UTF-8 encoder can write them; with the `u` flag a class of surrogates
 * matches only unpaired ones).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/gu;

/** The same characters, except the ones a multi-line text keeps (line feed and tab). */
const UNSAFE_IN_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/gu;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** `\n`, `\r`, `\t`, `\x1b` below U+0100, `\u202e` above. */
function visible(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

export interface EscapeOptions {
  /**
   * Keep line feeds and tabs, for a text the caller lays out as several lines (and indents, so that no
   * line a server sent starts at the margin). CR is escaped either way: it would overwrite the line.
   * @default false (one line: line feeds show as `\n`)
   */
  multiline?: boolean;
}

/** `text` with every character a terminal would act on shown as a visible escape (`\x1b`, `\u202e`). */
export function escapeForTerminal(text: string, options: EscapeOptions = {}): string {
  return text.replace(options.multiline ? UNSAFE_IN_LINES : UNSAFE, visible);
}

/** `escapeForTerminal` on one line: a server's line feeds cannot start a line of their own. */
export function escapeLine(text: string): string {
  return escapeForTerminal(text, {});
}

/** Raw characters JSON.stringify leaves as they are (it escapes only C0, quote and backslash). */
const RAW_UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;
/** A backslash and what it escapes; a lone surrogate's escape (`\ud800`) is captured. */
const JSON_ESCAPE = /\\(u[dD][89a-fA-F][0-9a-fA-F]{2})|\\[\s\S]/g;

/**
 * JSON text of `value` that strict parsers accept and terminals show safely: a lone surrogate, which
 * JSON.stringify writes as a `\ud800` escape that jq and strict UTF-8 decoders refuse (RFC 8259 §8.2),
 * becomes U+FFFD (`\ufffd`); DEL, C1, bidi and separator characters become `\u` escapes of themselves,
 * so the value a parser reads is unchanged. Outside strings JSON text is ASCII, so a pass over the whole
 * text only touches strings; JSON.stringify escapes a paired surrogate never, so every surrogate escape
 * it wrote is a lone one.
 */
export function stringifySafeJson(value: unknown, space?: number): string {
  const text = JSON.stringify(value, null, space);
  if (text === undefined) return "null";
  return text
    .replace(JSON_ESCAPE, (escape, surrogate: string | undefined) => (surrogate ? "\\ufffd" : escape))
    .replace(RAW_UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** `&`, `<`, `>`, `"`, `'` as XML and HTML references. */
function escapeMarkup(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/**
 * Text for an XML attribute or element. XML 1.0 forbids most C0 controls, lone surrogates and
 * U+FFFE/U+FFFF even as character references (§2.2), so they, the other controls and the bidi
 * characters are shown as visible escapes; CR too, which a parser would turn into a line feed.
 */
export function escapeXml(text: string): string {
  return escapeMarkup(escapeForTerminal(text, { multiline: true }));
}

/** Text for HTML: markup characters as references, controls and bidi characters as visible escapes. */
export function escapeHtml(text: string): string {
  return escapeMarkup(escapeForTerminal(text, { multiline: true }));
}
