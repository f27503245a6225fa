import { getEventListeners } from "node:events";
import { createServer } from "node:http";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { InsecureTransportError, InvalidOptionError } from "../src/errors.js";
import { createKitFetch, type WireRecord } from "./transport.js";
import { defineTarget, type Target } from "./target.js";
import { listenOnLoopback, stopServer } from "../src/test-support/loopback-server.js";

const TOKEN = "kit-transport-token";

/** A fetch that answers 200 `{}` and keeps what it was sent. */
function recordingFetch() {
  const sent: Array<{ url: string; headers: Headers }> = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    sent.push({ url: String(input), headers: new Headers(init?.headers) });
    return new Response(`{"echo":"${TOKEN}"}`, { status: 200, headers: { "content-type": "application/json" } });
  };
  return { sent, fetch: fetchImpl };
}

function targetAt(baseUrl: string, extra: Partial<Target> = {}): Target {
  return { ...defineTarget({ name: "t", baseUrl, parent: "projects/p/locations/l" }), ...extra };
}

const withToken = { headers: { authorization: `Bearer ${TOKEN}` } };

describe("the kit's transport", () => {
  it("refuses to send a token over plain http to a host that is not loopback", async () => {
    const wire = recordingFetch();
    const kitFetch = createKitFetch(targetAt("http://example.com", { fetch: wire.fetch }), { secrets: new Set() });
    await expect(kitFetch("http://example.com/v1beta1/x", withToken)).rejects.toBeInstanceOf(InsecureTransportError);
    expect(wire.sent).toHaveLength(0);
  });

  it("lets a token go to loopback, over https, or where the target opts in", async () => {
    for (const [url, allowInsecureHttp] of [["http://127.0.0.1:9/x", false], ["https://example.com/x", false], ["http://example.com/x", true]] as const) {
      const wire = recordingFetch();
      const kitFetch = createKitFetch(targetAt(url, { fetch: wire.fetch, allowInsecureHttp }), { secrets: new Set() });
      await kitFetch(url, withToken);
      expect(wire.sent).toHaveLength(1);
    }
  });

  it("refuses a token with a line break before sending, without naming it", async () => {
    const wire = recordingFetch();
    const kitFetch = createKitFetch(targetAt("http://127.0.0.1:9", { fetch: wire.fetch }), { secrets: new Set() });
    // Headers itself refuses a raw line feed, so the token reaches the guard through a fetch option it can hold.
    const error = await kitFetch("http://127.0.0.1:9/x", { headers: { authorization: `Bearer ${TOKEN}\u0085x` } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(String((error as Error).message)).not.toContain(TOKEN);
    expect(wire.sent).toHaveLength(0);
  });

  it("adds the target's extra headers without overriding the request's own", async () => {
    const wire = recordingFetch();
    const target = targetAt("http://127.0.0.1:9", { fetch: wire.fetch, headers: { "x-goog-user-project": "billing", accept: "text/plain" } });
    await createKitFetch(target, { secrets: new Set() })("http://127.0.0.1:9/x", { headers: { accept: "application/json" } });
    expect(wire.sent[0]?.headers.get("x-goog-user-project")).toBe("billing");
    expect(wire.sent[0]?.headers.get("accept")).toBe("application/json");
  });

  it("collects the tokens it sends and records every exchange with its body", async () => {
    const wire = recordingFetch();
    const secrets = new Set<string>();
    const records: WireRecord[] = [];
    const kitFetch = createKitFetch(targetAt("http://127.0.0.1:9", { fetch: wire.fetch }), { secrets, onRecord: (r) => records.push(r) });
    const response = await kitFetch("http://127.0.0.1:9/x", { method: "post", body: "{}", ...withToken });
    expect(await response.json()).toEqual({ echo: TOKEN });
    await new Promise((r) => setTimeout(r, 10));
    expect([...secrets]).toEqual([TOKEN]);
    expect(records).toEqual([
      expect.objectContaining({ method: "POST", url: "http://127.0.0.1:9/x", requestBody: "{}", status: 200, responseBody: `{"echo":"${TOKEN}"}` }),
    ]);
  });

  it("keeps many requests in flight on one run signal without a listener-leak warning", async () => {
    const wire = recordingFetch();
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    try {
      const stop = new AbortController();
      const kitFetch = createKitFetch(targetAt("http://127.0.0.1:9", { fetch: wire.fetch }), { secrets: new Set(), signal: stop.signal });
      await Promise.all(Array.from({ length: 40 }, () => kitFetch("http://127.0.0.1:9/x")));
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      process.off("warning", onWarning);
    }
    expect(wire.sent).toHaveLength(40);
    expect(warnings).not.toContain("MaxListenersExceededWarning");
  });

  it("leaves no listener on a caller's signal once each answer is read, as a poll's many gets need", async () => {
    const wire = recordingFetch();
    const poll = new AbortController();
    const kitFetch = createKitFetch(targetAt("http://127.0.0.1:9", { fetch: wire.fetch }), { secrets: new Set() });
    for (let i = 0; i < 12; i++) {
      const response = await kitFetch("http://127.0.0.1:9/x", { signal: poll.signal });
      expect(await response.json()).toEqual({ echo: TOKEN });
    }
    expect(getEventListeners(poll.signal, "abort")).toHaveLength(0);
  });

  it("hands a status the Response constructor refuses to the caller with its body unread", async () => {
    const odd: typeof fetch = async () => {
      const response = new Response("odd body", { status: 599 });
      Object.defineProperty(response, "status", { value: 600 });
      return response;
    };
    const kitFetch = createKitFetch(targetAt("http://127.0.0.1:9", { fetch: odd }), { secrets: new Set() });
    const response = await kitFetch("http://127.0.0.1:9/x");
    expect(response.status).toBe(600);
    expect(await response.text()).toBe("odd body");
  });

  it("stops with the run's signal: nothing new is sent once it aborted", async () => {
    const wire = recordingFetch();
    const stop = new AbortController();
    stop.abort(new Error("interrupted"));
    const kitFetch = createKitFetch(targetAt("http://127.0.0.1:9", { fetch: wire.fetch }), { secrets: new Set(), signal: stop.signal });
    await expect(kitFetch("http://127.0.0.1:9/x")).rejects.toThrow("interrupted");
    expect(wire.sent).toHaveLength(0);
  });

  it("abandons an attempt at its deadline even while the collector runs", async () => {
    // On Node 20 a composite of AbortSignal.any and AbortSignal.timeout stops firing once collected.
    setFlagsFromString("--expose_gc");
    const gc = runInNewContext("gc") as () => void;
    const silent = createServer(() => {});
    const url = `${(await listenOnLoopback(silent)).url}/x`;
    const collecting = setInterval(gc, 20);
    try {
      const kitFetch = createKitFetch(targetAt(url, { timeoutMs: 300 }), { secrets: new Set(), signal: new AbortController().signal });
      const outcome = await Promise.race([
        kitFetch(url).then(() => "answered", (e: unknown) => (e as Error).name),
        new Promise((resolve) => setTimeout(() => resolve("still waiting"), 3_000)),
      ]);
      expect(outcome).toBe("TimeoutError");
    } finally {
      clearInterval(collecting);
      await stopServer(silent);
    }
  });
});
