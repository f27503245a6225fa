import { describe, expect, it } from "vitest";
import { createOperationsClient, type OperationsClient } from "./client.js";
import type { OperationsClientOptions } from "./options.js";
import { OP_NAME, PARENT, RUNNING_OP, SUCCEEDED_OP } from "./test-support/fixtures.js";
import { outputsOf } from "./test-support/outputs.js";
import { json, scriptedFetch, type Step } from "./test-support/scripted-fetch.js";

/** A token whose percent-encoded and JSON-escaped forms differ from it. */
const LEAKY = 'ya29.a0-s3cr3t/T0k3n+"q"\\b=';

/** What the server saw: the bearer token of the request. */
const bearer = (request: Request) => (request.headers.get("authorization") ?? "").replace(/^Bearer /, "");

/** Every form a server may echo a token in: as is, percent-encoded (a query parameter), JSON-escaped. */
function forms(token: string): string[] {
  return [token, encodeURIComponent(token), JSON.stringify(token).slice(1, -1)];
}

/** Fails when any form of the token, or any 12-character piece of it, shows in any output of the error. */
function expectNoLeak(error: unknown, tokens: string[]): void {
  expect(error).toBeInstanceOf(Error);
  const outputs = outputsOf(error);
  for (const token of tokens) {
    const pieces = Array.from({ length: token.length - 11 }, (_, i) => token.slice(i, i + 12));
    for (const text of outputs) {
      for (const form of forms(token)) expect(text).not.toContain(form);
      for (const piece of pieces) expect(text).not.toContain(piece);
    }
  }
}

const echoEnvelope = (status: number, code: string) => (request: Request) => {
  const token = bearer(request);
  return json(
    {
      error: {
        code: status,
        status: code,
        message: `Authorization: Bearer ${token} (or ${encodeURIComponent(token)}) was refused`,
        details: [
          { "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "ECHO", metadata: { authorization: `Bearer ${token}`, [token]: "as a key" } },
          { "@type": "type.googleapis.com/google.rpc.DebugInfo", detail: JSON.stringify({ header: `Bearer ${token}` }) },
        ],
      },
    },
    status,
  );
};

type Case = [string, Step[], (client: OperationsClient) => Promise<unknown>, Partial<OperationsClientOptions>?];

const cases: Case[] = [
  ["an envelope's message and details (ApiError)", [echoEnvelope(403, "PERMISSION_DENIED")], (c) => c.get(OP_NAME)],
  [
    "a non-envelope body cut right inside the token (ApiError)",
    [(request) => new Response(`${"<p>".repeat(60)}Bearer ${bearer(request)}</p>`, { status: 502 })],
    (c) => c.get(OP_NAME),
    { retry: false },
  ],
  ["errors kept in attempts, and the last one", [echoEnvelope(503, "UNAVAILABLE"), echoEnvelope(503, "UNAVAILABLE"), echoEnvelope(404, "NOT_FOUND")], (c) => c.listPage(PARENT)],
  ["a 200 that is not JSON (ResponseValidationError)", [(request) => new Response(`${"-".repeat(180)}token=${bearer(request)}`)], (c) => c.wait(OP_NAME)],
  [
    "a 200 that breaks the spec (ResponseValidationError body)",
    [(request) => json({ ...RUNNING_OP, name: `not-a-name Bearer ${bearer(request)}` })],
    (c) => c.get(OP_NAME),
    { validateResponses: true },
  ],
  [
    "a network error's message and cause (NetworkError)",
    [(request) => Promise.reject(new TypeError(`fetch failed: Bearer ${bearer(request)}`, { cause: new Error(`socket hang up ${encodeURIComponent(bearer(request))}`) }))],
    (c) => c.cancel(OP_NAME),
  ],
  [
    "an operation's error (OperationError)",
    [(request) => json({ ...SUCCEEDED_OP, response: undefined, error: { code: 16, message: `token ${bearer(request)} expired`, details: [{ "@type": "x", t: bearer(request) }] } })],
    (c) => c.result(OP_NAME),
  ],
  [
    "the last state of a poll that ran out of time (DeadlineError)",
    [(request) => json({ ...RUNNING_OP, metadata: { ...RUNNING_OP.metadata!, echoed: `Bearer ${bearer(request)}` } })],
    (c) => c.pollUntilDone(OP_NAME, { initialDelayMs: 5, totalTimeoutMs: 30 }),
  ],
  [
    "a page token that came back twice (ResponseValidationError from list)",
    // The first page's token holds the token; every later page hands back the page token it was sent.
    [(request) => json({ operations: [], nextPageToken: new URL(request.url).searchParams.get("pageToken") ?? `again-${bearer(request)}` })],
    async (c) => {
      for await (const _ of c.list(PARENT)) void _;
    },
  ],
  [
    "raw's network error",
    [(request) => Promise.reject(new TypeError(`reset by peer after Bearer ${bearer(request)}`))],
    (c) => c.raw.GET("/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}", { params: { path: { projectsId: "p", locationsId: "l", operationsId: "o" } } }),
    { retry: { maxAttempts: 1 } },
  ],
];

describe("no error shows a token a server echoes", () => {
  it.each(cases)("fixed token: %s", async (_, steps, call, extra = {}) => {
    const s = scriptedFetch(...steps);
    const client = createOperationsClient({ fetch: s.fetch, token: LEAKY, retry: { maxAttempts: 3, sleep: async () => {} }, ...extra });
    const error = await call(client).catch((e: unknown) => e);
    expect(s.requests.length).toBeGreaterThan(0);
    expectNoLeak(error, [LEAKY]);
  });

  it.each(cases)("token function, a new token per call: %s", async (_, steps, call, extra = {}) => {
    const s = scriptedFetch(...steps);
    const sent: string[] = [];
    const token = () => {
      sent.push(`${LEAKY}-${sent.length}`);
      return sent.at(-1)!;
    };
    const client = createOperationsClient({ fetch: s.fetch, token, retry: { maxAttempts: 3, sleep: async () => {} }, ...extra });
    const error = await call(client).catch((e: unknown) => e);
    expect(sent.length).toBeGreaterThan(0);
    expectNoLeak(error, sent);
  });

  it("keeps the server's text around the token, and an error that holds no token as it was", async () => {
    const refused = new TypeError("fetch failed", { cause: new Error("ECONNREFUSED") });
    const client = createOperationsClient({ fetch: scriptedFetch(echoEnvelope(403, "PERMISSION_DENIED")).fetch, token: LEAKY });
    const error = await client.get(OP_NAME).catch((e: unknown) => e);
    expect(String(error)).toContain("Authorization: Bearer [REDACTED] (or [REDACTED]) was refused");
    const plain = createOperationsClient({ fetch: scriptedFetch(refused).fetch, token: LEAKY, retry: false });
    expect(((await plain.get(OP_NAME).catch((e: unknown) => e)) as Error).cause).toBe(refused);
  });
});
