import { describe, expect, it } from "vitest";
import { escapeForTerminal, escapeHtml, escapeLine, escapeXml, stringifySafeJson } from "./escape.js";

/** One of each kind of character a terminal or viewer acts on, with the visible escape it must become. */
const HOSTILE: Array<[what: string, raw: string, shown: string]> = [
  ["NUL", "\u0000", "\\x00"],
  ["BEL (ends an OSC title)", "\u0007", "\\x07"],
  ["backspace", "\b", "\\x08"],
  ["CR (overwrites the line)", "\r", "\\r"],
  ["ESC (starts CSI and OSC)", "\u001b", "\\x1b"],
  ["DEL", "\u007f", "\\x7f"],
  ["C1 CSI", "\u009b", "\\x9b"],
  ["C1 OSC", "\u009d", "\\x9d"],
  ["right-to-left override", "\u202e", "\\u202e"],
  ["left-to-right embedding", "\u202a", "\\u202a"],
  ["right-to-left isolate", "\u2067", "\\u2067"],
  ["pop directional isolate", "\u2069", "\\u2069"],
  ["line separator", "\u2028", "\\u2028"],
  ["lone high surrogate", "\ud800", "\\ud800"],
  ["lone low surrogate", "\udc00", "\\udc00"],
  ["noncharacter U+FFFF", "\uffff", "\\uffff"],
];

/** Would a terminal or viewer act on anything in `text`? */
const ACTS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufffe\uffff\ud800-\udfff]/u;

describe("escapeForTerminal", () => {
  it.each(HOSTILE)("shows %s as a visible escape", (_, raw, shown) => {
    expect(escapeLine(`op${raw}name`)).toBe(`op${shown}name`);
    expect(escapeForTerminal(`op${raw}name`, { multiline: true })).toBe(`op${shown}name`);
  });

  it("keeps text a terminal only shows: accents, CJK, emoji (paired surrogates), a backslash", () => {
    const text = "opération 作業 🚀 C:\\dir";
    expect(escapeLine(text)).toBe(text);
  });

  it("cannot be made to forge a line: CR and LF are escaped on one line, CR also in multi-line text", () => {
    const forged = "ok\r\nResult: passed\rResult: passed";
    expect(escapeLine(forged)).toBe("ok\\r\\nResult: passed\\rResult: passed");
    expect(escapeForTerminal(forged, { multiline: true })).toBe("ok\\r\nResult: passed\\rResult: passed");
  });

  it("defuses a screen clear, a window title and an OSC 8 link", () => {
    const attack = "\u001b[2J\u001b]0;owned\u0007\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\";
    const shown = escapeLine(attack);
    expect(shown).not.toMatch(ACTS);
    expect(shown).toBe("\\x1b[2J\\x1b]0;owned\\x07\\x1b]8;;https://evil.example\\x1b\\click\\x1b]8;;\\x1b\\");
  });

  it("is idempotent: escaping escaped text changes nothing", () => {
    const once = escapeLine(HOSTILE.map(([, raw]) => raw).join("|"));
    expect(escapeLine(once)).toBe(once);
  });
});

/** With the `u` flag a surrogate class matches only unpaired surrogates. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

describe("stringifySafeJson", () => {
  const VALUE = { name: "op\u001b\u009b\u202e\u2028x", message: "half a pair \ud800 and \udfff", "key\ud83d": ["\ud83d\ude80"], literal: "\\ud800" };

  it("writes lone surrogates as U+FFFD, in keys too, so strict parsers accept the text", () => {
    const text = stringifySafeJson(VALUE, 2);
    expect(text).not.toMatch(/(?<!\\)\\u[dD][89a-fA-F][0-9a-fA-F]{2}/);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed.message).toBe("half a pair \ufffd and \ufffd");
    expect(Object.keys(parsed)).toContain("key\ufffd");
    for (const s of [...Object.keys(parsed), ...Object.values(parsed).flat()].filter((v) => typeof v === "string")) {
      expect(s).not.toMatch(LONE_SURROGATE);
    }
  });

  it("keeps every other value as it was: controls, C1, bidi, emoji and a literal backslash-u text", () => {
    const parsed = JSON.parse(stringifySafeJson(VALUE)) as typeof VALUE;
    expect(parsed.name).toBe(VALUE.name);
    expect(parsed["key\ufffd" as "key\ud83d"]).toEqual(["\ud83d\ude80"]);
    expect(parsed.literal).toBe("\\ud800");
  });

  it("holds no raw character a terminal would act on", () => {
    expect(stringifySafeJson(VALUE, 2)).not.toMatch(ACTS);
  });

  it("without the surrogate pass, the same value gives text jq refuses", () => {
    expect(JSON.stringify(VALUE)).toMatch(/\\ud800/);
  });
});

describe("escapeXml and escapeHtml", () => {
  it("write nothing XML 1.0 forbids, and show it instead of dropping it", () => {
    const xml = escapeXml("a\u0000b\u001bc\ud800d\uffffe<&>");
    expect(xml).toBe("a\\x00b\\x1bc\\ud800d\\uffffe&lt;&amp;&gt;");
    expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  });

  it("keep line feeds and tabs, show CR and bidi overrides", () => {
    expect(escapeHtml("line\u202e1\r\n\tline2 \"q\" 'a'")).toBe("line\\u202e1\\r\n\tline2 &quot;q&quot; &apos;a&apos;");
  });
});
