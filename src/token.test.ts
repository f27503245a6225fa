import { describe, expect, it, vi } from "vitest";
import { createOperationsClient } from "./client.js";
import { DeadlineError, GoogleAuthError, InvalidOptionError, TokenError } from "./errors.js";
import { OP_NAME, PARENT, RUNNING_OP, TOKEN } from "./test-support/fixtures.js";
import { outputsOf } from "./test-support/outputs.js";
import { json, scriptedFetch } from "./test-support/scripted-fetch.js";

/** Tokens no header can hold, each a whole access token with one bad character in it. */
const UNFIT_TOKENS: Array<[string, string]> = [
  ["a line feed (a second line of a token command)", `${TOKEN}\nsecond-line`],
  ["a carriage return", `${TOKEN}\r`],
  ["a NUL", `${TOKEN}\0rest`],
  ["a space", `ya29 ${TOKEN}`],
  ["a tab", `${TOKEN}\tx`],
  ["another control character", `${TOKEN}\u001b[0m`],
  ["a character outside ASCII", `${TOKEN}é`],
];

/** A token function that never settles. */
const never = () => new Promise<string>(() => {});

describe("a token a header cannot hold is refused before anything is sent", () => {
  it.each(UNFIT_TOKENS)("a fixed token with %s: InvalidOptionError when the client is made", (_, token) => {
    let thrown: unknown;
    try {
      createOperationsClient({ token });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidOptionError);
    expect((thrown as InvalidOptionError).option).toBe("token");
    for (const text of outputsOf(thrown)) expect(text).not.toContain(TOKEN);
  });

  it.each(UNFIT_TOKENS)("a token function's value with %s: InvalidOptionError on the call, no request", async (_, token) => {
    const s = scriptedFetch(json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch, token: async () => token });
    const error = await client.get(OP_NAME).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionError);
    for (const text of outputsOf(error)) expect(text).not.toContain(TOKEN);
    expect(s.requests).toHaveLength(0);
  });

  it("checks each value a token function gives, so a good token then a bad one sends once", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    const values = [TOKEN, `${TOKEN}\n`];
    const client = createOperationsClient({ fetch: s.fetch, token: () => values.shift()! });
    await expect(client.get(OP_NAME)).resolves.toEqual(RUNNING_OP);
    await expect(client.get(OP_NAME)).rejects.toBeInstanceOf(InvalidOptionError);
    expect(s.requests).toHaveLength(1);
  });

  it("a token function giving something other than a string is refused too", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch, token: (() => undefined) as unknown as () => string });
    await expect(client.get(OP_NAME)).rejects.toBeInstanceOf(InvalidOptionError);
    expect(s.requests).toHaveLength(0);
  });
});

describe("a token function that fails", () => {
  it.each([
    ["throws", () => {
      throw new Error("metadata server unreachable");
    }],
    ["rejects", async () => Promise.reject(new Error("metadata server unreachable"))],
  ])("%s: a TokenError with the cause, no request, no retry", async (_, token) => {
    const s = scriptedFetch(json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch, token: token as unknown as () => string });
    const error = (await client.listPage(PARENT).catch((e: unknown) => e)) as TokenError;
    expect(error).toBeInstanceOf(TokenError);
    expect(error.message).toBe("the token function failed: metadata server unreachable");
    expect(s.requests).toHaveLength(0);
  });

  it("that names an earlier token in its error does not show it", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    let calls = 0;
    const client = createOperationsClient({
      fetch: s.fetch,
      token: async () => {
        if (++calls === 1) return TOKEN;
        throw new Error(`refresh of ${TOKEN} refused`);
      },
    });
    await client.get(OP_NAME);
    const error = await client.get(OP_NAME).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenError);
    for (const text of outputsOf(error)) expect(text).not.toContain(TOKEN);
  });

  it("keeps the adapter's own typed error (GoogleAuthError) as it is", async () => {
    const client = createOperationsClient({ fetch: scriptedFetch(json(RUNNING_OP)).fetch, token: async () => {
      throw new GoogleAuthError("no credentials");
    } });
    await expect(client.get(OP_NAME)).rejects.toBeInstanceOf(GoogleAuthError);
  });
});

describe("getting the token is part of the call's deadline and signal", () => {
  it("timeoutMs ends a call whose token function never settles", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch, token: never, timeoutMs: 30, retry: { maxAttempts: 2, sleep: async () => {} } });
    const error = (await client.get(OP_NAME).catch((e: unknown) => e)) as DeadlineError;
    expect(error).toBeInstanceOf(DeadlineError);
    expect(error.attempts).toHaveLength(1);
    expect(s.requests).toHaveLength(0);
  });

  it("retry.totalTimeoutMs ends it", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch, token: never, retry: { totalTimeoutMs: 40 } });
    // The token function never settles: only the deadline can end the call (else the test times out).
    await expect(client.get(OP_NAME)).rejects.toBeInstanceOf(DeadlineError);
    expect(s.requests).toHaveLength(0);
  });

  it("the call's signal ends it with the signal's reason", async () => {
    const client = createOperationsClient({ fetch: scriptedFetch(json(RUNNING_OP)).fetch, token: never });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user gave up")), 10);
    await expect(client.cancel(OP_NAME, { signal: controller.signal })).rejects.toThrow("user gave up");
  });

  it("pollUntilDone's totalTimeoutMs ends it with DeadlineError", async () => {
    const client = createOperationsClient({ fetch: scriptedFetch(json(RUNNING_OP)).fetch, token: never });
    await expect(client.pollUntilDone(OP_NAME, { totalTimeoutMs: 40 })).rejects.toBeInstanceOf(DeadlineError);
  });

  it("with default options the 600 s budget ends it (manual clock)", async () => {
    vi.useFakeTimers();
    try {
      const client = createOperationsClient({ fetch: scriptedFetch(json(RUNNING_OP)).fetch, token: never });
      const pending = client.delete(OP_NAME).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(599_000);
      let settled = false;
      void pending.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await pending).toMatchObject({ name: "DeadlineError", timeoutMs: 600_000 });
    } finally {
      vi.useRealTimers();
    }
  });

  it("a token that arrives in time is sent, and a slow one counts against timeoutMs", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve(TOKEN), 5));
    const client = createOperationsClient({ fetch: s.fetch, token: slow, timeoutMs: 2000 });
    await expect(client.get(OP_NAME)).resolves.toEqual(RUNNING_OP);
    expect(s.requests[0]?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
  });
});
