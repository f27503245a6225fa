/**
 * A secret is redacted in every form a reader would decode: JSON `\u` escapes (whole or one character),
 * percent-encoding in either case, XML/HTML references, and base64 alone, after `Bearer `/`Basic `, or
 * inside base64 of any longer text, at each of its 3 byte alignments, in both alphabets.
 */
import { describe, expect, it } from "vitest";
import { REDACTED, redactDeep, redactSecrets } from "./redact.js";
import { base64Cores, decodedViews } from "./secret-views.js";

const TOKEN = "ya29.a0-Secret_token/with+chars=";

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const uEscapeAll = (text: string) => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
const percentAll = (text: string) => [...text].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join("");

/** Each form a hostile server may echo the token in, as text a reader decodes. */
const FORMS: Array<[string, string]> = [
  ["every character \\u-escaped", uEscapeAll(`Bearer ${TOKEN}`)],
  ["one character \\u-escaped, as JSON allows", `\\u0042earer ${TOKEN.slice(0, 3)}\\u0039${TOKEN.slice(4)}`],
  ["upper-case \\u escapes", uEscapeAll(TOKEN).toUpperCase().replace(/\\U/g, "\\u")],
  ["percent-encoded, every byte, lower case", percentAll(TOKEN)],
  ["percent-encoded, upper case", percentAll(TOKEN).toUpperCase()],
  ["XML character references", [...TOKEN].map((c) => `&#${c.charCodeAt(0)};`).join("")],
  ["hex character references", [...TOKEN].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join("")],
  ["\\u-escaped inside a JSON string inside JSON (two levels)", JSON.stringify(JSON.stringify({ a: uEscapeAll(TOKEN) }))],
  ["percent-encoded, then \\u-escaped", uEscapeAll(encodeURIComponent(TOKEN))],
  ["base64 alone", b64(TOKEN)],
  ["base64 of Bearer <token>", b64(`Bearer ${TOKEN}`)],
  ["Basic with the token as password", `Basic ${b64(`user:${TOKEN}`)}`],
  ["base64 at alignment 0 of a longer text", b64(`abc${TOKEN}xyz`)],
  ["base64 at alignment 1 of a longer text", b64(`abcd${TOKEN}xy`)],
  ["base64 at alignment 2 of a longer text", b64(`abcde${TOKEN}x`)],
  ["base64url of Bearer <token>", b64url(`Bearer ${TOKEN}`)],
  ["base64, \\u-escaped in JSON", uEscapeAll(b64(TOKEN))],
  ["base64 glued to other letters", `xyz${b64(`ab${TOKEN}`)}q`],
];

/** What a reader gets back from `text`: JSON-parsed, percent-decoded, base64-decoded, as far as each goes. */
function readings(text: string): string[] {
  const decoded = [...decodedViews(text)].map((view) => view.text);
  const blobs = decoded.flatMap((view) => view.match(/[A-Za-z0-9+/_-]{12,}={0,2}/g) ?? []);
  return [...decoded, ...blobs.flatMap((blob) => [0, 1, 2, 3].map((skip) => Buffer.from(blob.slice(skip), "base64").toString("latin1")))];
}

describe("redactSecrets finds the token in every form a reader decodes", () => {
  it.each(FORMS)("%s", (_, form) => {
    // The form is what it claims: a reader does get the token back from it.
    expect(readings(`echo: "${form}" done`).some((r) => r.includes(TOKEN))).toBe(true);
    const out = redactSecrets(`echo: "${form}" done`, [TOKEN]);
    expect(out).toContain(REDACTED);
    expect(out.startsWith("echo: \"")).toBe(true);
    expect(out.endsWith("\" done")).toBe(true);
    for (const reading of readings(out)) expect(reading).not.toContain(TOKEN);
  });

  it("replaces only the encoded secret: the text around it stays as it was", () => {
    expect(redactSecrets(`{"message":"you sent \\u0042earer ${uEscapeAll(TOKEN)} at 10:00"}`, [TOKEN])).toBe(
      `{"message":"you sent \\u0042earer ${REDACTED} at 10:00"}`,
    );
    expect(redactSecrets(`Authorization: Basic ${b64(`me:${TOKEN}`)}\nnext line`, [TOKEN])).toBe(`Authorization: Basic ${REDACTED}\nnext line`);
  });

  it("takes what is left of a secret, or of its base64, where a message was cut short with …", () => {
    expect(redactSecrets(`you sent Bearer ${TOKEN.slice(0, 12)}…`, [TOKEN])).toBe(`you sent Bearer ${REDACTED}…`);
    expect(redactSecrets(`you sent \\u0042earer ${uEscapeAll(TOKEN.slice(0, 9))}…`, [TOKEN])).toBe(`you sent \\u0042earer ${REDACTED}…`);
    expect(redactSecrets(`header ${b64(`Bearer ${TOKEN}`).slice(0, 24)}…`, [TOKEN])).toBe(`header ${REDACTED}…`);
    // A word that merely starts like the token is not cut from it.
    expect(redactSecrets("the ya2… and yes…", [TOKEN])).toBe("the ya2… and yes…");
  });

  it("leaves escapes and base64 that hold no secret as they are", () => {
    const text = `{"a":"\\u0041%41&amp;${b64("not the token at all")}"}`;
    expect(redactSecrets(text, [TOKEN])).toBe(text);
  });

  it("keeps a short secret's rule: replaced only where it stands alone, decoded or not", () => {
    expect(redactSecrets("token=\\u0074; total", ["t"])).toBe(`token=${REDACTED}; total`);
  });

  it("redacts strings at every depth of a value, keys included", () => {
    const body = { [uEscapeAll(TOKEN)]: { text: b64(`Bearer ${TOKEN}`) } };
    expect(JSON.stringify(redactDeep(body, [TOKEN]))).toBe(`{"${REDACTED}":{"text":"${REDACTED}"}}`);
  });
});

describe("base64Cores", () => {
  it("are in base64 of any text holding the secret, whatever comes before and after", () => {
    const cores = base64Cores(TOKEN);
    for (let before = 0; before < 6; before++) {
      for (let after = 0; after < 4; after++) {
        const text = "x".repeat(before) + TOKEN + "y".repeat(after);
        expect(cores.some((core) => b64(text).includes(core))).toBe(true);
        expect(cores.some((core) => b64url(text).includes(core))).toBe(true);
      }
    }
  });

  it("are long enough not to be found by chance: at least the secret's length less 3", () => {
    for (const core of base64Cores(TOKEN)) expect(core.length).toBeGreaterThanOrEqual(TOKEN.length - 3);
  });
});
