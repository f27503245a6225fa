import { describe, expect, it } from "vitest";
import { createOperationsClient } from "./client.js";
import { googleAuthToken } from "./adc.js";
import { GoogleAuthError } from "./errors.js";
import { OP_NAME, RUNNING_OP } from "./test-support/fixtures.js";
import { json, scriptedFetch } from "./test-support/scripted-fetch.js";

describe("googleAuthToken", () => {
  it("asks the token source for each request", async () => {
    let n = 0;
    const token = googleAuthToken({ auth: { getAccessToken: async () => `adc-${++n}` } });
    const s = scriptedFetch(json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch, token });
    await client.get(OP_NAME);
    await client.get(OP_NAME);
    expect(s.requests.map((r) => r.headers.get("authorization"))).toEqual(["Bearer adc-1", "Bearer adc-2"]);
  });

  it("a source that gives no token is a GoogleAuthError and nothing is sent", async () => {
    const s = scriptedFetch(json(RUNNING_OP));
    const client = createOperationsClient({ fetch: s.fetch, token: googleAuthToken({ auth: { getAccessToken: async () => null } }) });
    await expect(client.get(OP_NAME)).rejects.toBeInstanceOf(GoogleAuthError);
    expect(s.requests).toHaveLength(0);
  });

  it("loads google-auth-library lazily and wraps its failure to find credentials", async () => {
    const saved = { ...process.env };
    process.env["GOOGLE_APPLICATION_CREDENTIALS"] = "/nonexistent/key.json";
    try {
      const token = googleAuthToken();
      await expect(token()).rejects.toBeInstanceOf(GoogleAuthError);
    } finally {
      process.env = saved;
    }
  });
});
