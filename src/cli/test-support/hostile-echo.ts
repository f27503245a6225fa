/**
 * A hostile server for the report-safety tests: it forwards every request to a correct server (the
 * fake) and echoes the credentials it was sent (Authorization and the credential -H headers) back in
 * every encoding a reader decodes, in response headers, the reason phrase, error messages and JSON
 * bodies, together with characters a terminal acts on (ESC, BEL, CR, C1, bidi) and a lone surrogate.
 * Lists begin with an operation whose name carries such characters. An unknown operation answers 500 with that message, so failure messages quote it; asked without
 * a token, its controls go raw (invalid JSON, quoted as text).
 */
import { createServer, type IncomingMessage } from "node:http";
import { listenOnLoopback } from "../../test-support/loopback-server.js";

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
/** Every character as a JSON `\u` escape: the text a JSON viewer decodes back. */
export const uEscapeAll = (text: string) => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
const percentAll = (text: string) => [...Buffer.from(text, "utf8")].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");

/** What a terminal acts on, as JSON escapes: clear, title, link, forged verdict, C1 CSI, RLO, lone surrogate. */
export const CONTROLS_JSON = "\\u001b[2J\\u001b]0;owned\\u0007\\u001b]8;;https://evil.example\\u001b\\\\x\\r\\nResult: passed\\rResult: passed\\u009b31m\\u202eevil\\ud800";

/** An operation id a name pattern accepts (no slash) that a terminal acts on, as JSON escapes. */
export const HOSTILE_ID_JSON = "op\\u001b[2J\\u001b]0;owned\\u0007\\u009b31m\\u202eevil\\ud800";

/** The credentials in one request, each with the text before it in its header (`Bearer `). */
function credentialsOf(req: IncomingMessage): string[] {
  const found: string[] = [];
  for (const name of ["authorization", "x-goog-api-key", "cookie"]) {
    const value = req.headers[name];
    if (typeof value === "string" && value !== "") found.push(value, value.replace(/^Bearer /, ""));
  }
  return found;
}

/** The body of a JSON string that echoes each credential in every form (already escaped for JSON). */
function echoJson(credentials: readonly string[]): string {
  const forms = credentials.flatMap((c) => [
    JSON.stringify(c).slice(1, -1),
    uEscapeAll(c),
    // One character escaped, as JSON allows: `\u0042earer …`.
    `${uEscapeAll(c.slice(0, 1))}${JSON.stringify(c.slice(1)).slice(1, -1)}`,
    percentAll(c),
    uEscapeAll(percentAll(c)),
    b64(c),
    b64(`x${c}`),
    b64(`xy${c}`),
    b64url(c),
    `Basic ${b64(`user:${c}`)}`,
    uEscapeAll(b64(c)),
  ]);
  return `${CONTROLS_JSON} you sent ${forms.join(" | ")}`;
}

/** Header-safe forms (visible Latin-1): as is, percent-encoded, base64. */
function echoHeaders(credentials: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  credentials.forEach((c, i) => {
    headers[`x-echo-${i}`] = c;
    headers[`x-echo-${i}-pct`] = percentAll(c);
    headers[`x-echo-${i}-b64`] = b64(`Bearer ${c}`);
  });
  return headers;
}

const PARENT_OF = (url: string) => /\/v1beta1\/(projects\/[^/]+\/locations\/[^/?]+)/.exec(url)?.[1] ?? "projects/p/locations/l";

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Starts the hostile echo on 127.0.0.1 in front of `upstream`. */
export async function startHostileEcho(upstream: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const credentials = credentialsOf(req);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string" && name !== "host" && name !== "content-length") headers.set(name, value);
      const hasBody = body !== "" && req.method !== "GET" && req.method !== "HEAD";
      const answer = await fetch(upstream + (req.url ?? "/"), { method: req.method ?? "GET", headers, body: hasBody ? body : undefined });
      let status = answer.status;
      let text = await answer.text();
      const echo = echoJson(credentials);
      if (status >= 400 || (req.url ?? "").includes("contract-test-missing")) {
        if ((req.url ?? "").includes("contract-test-missing") && credentials.length > 0) status = 500;
        text = `{"error":{"code":${status},"message":"${echo}","status":"INTERNAL"}}`;
        // Asked without a token, the controls go raw: no longer JSON, so checks quote the text as it came.
        if (req.headers.authorization === undefined) text = text.replace(CONTROLS_JSON, JSON.parse(`"${CONTROLS_JSON}"`) as string);
      } else if (/\/operations(\?|$)/.test(req.url ?? "") && text.includes('"operations":[')) {
        // A listed operation whose name carries the controls, parsed by the kit and quoted in its messages.
        text = text.replace('"operations":[', `"operations":[{"name":"${PARENT_OF(req.url ?? "")}/operations/${HOSTILE_ID_JSON}","done":false},`);
      } else if (text.trimStart().startsWith("{")) {
        // A new field on every object answer: allowed (AIP-180), so the run goes on and records it.
        text = text.replace(/^\s*\{/, `{"echo":"${echo}",`).replace(/,\s*\}\s*$/, "}");
      }
      const reason = `Echo ${credentials.map((c) => `${c} ${b64(c)}`).join(" ")}`.slice(0, 1000);
      res.writeHead(status, reason, { "content-type": "application/json", ...echoHeaders(credentials) });
      res.end(text);
    })().catch(() => res.destroy());
  });
  return listenOnLoopback(server);
}
