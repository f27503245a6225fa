import { describe, expect, it } from "vitest";
import { checkTokenValue, tokenProblem } from "./auth.js";
import { InvalidOptionError } from "./errors.js";
import { REDACTED, redactDeep, redactSecrets } from "./redact.js";

const TOKEN = "ya29.a0-secret_token/with+chars=";

describe("redactSecrets", () => {
  it("replaces a token echoed as is, percent-encoded and JSON-escaped", () => {
    const quoted = 'tok"en\\x';
    const echoed = `Bearer ${TOKEN} or ${encodeURIComponent(TOKEN)} and ${JSON.stringify({ t: quoted })}`;
    const out = redactSecrets(echoed, [TOKEN, quoted]);
    expect(out).toBe(`Bearer ${REDACTED} or ${REDACTED} and {"t":"${REDACTED}"}`);
  });

  it("replaces a short token only where it stands alone, so reports stay readable", () => {
    expect(redactSecrets('{"status":"failed","message":"echo Bearer t; token=t"}', ["t"])).toBe(
      `{"status":"failed","message":"echo Bearer ${REDACTED}; token=${REDACTED}"}`,
    );
  });

  it("leaves text without secrets, and an empty secret, alone", () => {
    expect(redactSecrets("nothing here", [TOKEN, ""])).toBe("nothing here");
  });

  it("redacts keys and values at every depth and cuts what is nested too deep", () => {
    const value = { [TOKEN]: [{ message: `echo ${TOKEN}` }], n: 3 };
    expect(redactDeep(value, [TOKEN])).toEqual({ [REDACTED]: [{ message: `echo ${REDACTED}` }], n: 3 });
    let deep: unknown = TOKEN;
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(JSON.stringify(redactDeep(deep, [TOKEN]))).not.toContain(TOKEN);
  });
});

describe("a token a header cannot hold", () => {
  it.each([
    ["line feed", `${TOKEN}\nsecond-line`, new RegExp(`a line feed at position ${TOKEN.length + 1}`)],
    ["carriage return", `${TOKEN}\r`, /a carriage return/],
    ["NUL", `${TOKEN}\0`, /a NUL/],
    ["space", `${TOKEN} x`, /a space/],
    ["non-ASCII", `${TOKEN}é`, /outside ASCII/],
    ["empty", "", /an empty token/],
  ])("is refused with a message that does not hold it (%s)", (_, token, problem) => {
    expect(tokenProblem(token)).toMatch(problem);
    let thrown: unknown;
    try {
      checkTokenValue(token);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidOptionError);
    const error = thrown as InvalidOptionError;
    for (const text of [error.message, String(error.stack), JSON.stringify(error)]) {
      if (token !== "") expect(text).not.toContain(token.trim());
      expect(text).not.toContain("secret_token");
    }
  });

  it("accepts a bearer token of visible ASCII", () => {
    expect(tokenProblem(TOKEN)).toBeUndefined();
    expect(() => checkTokenValue(TOKEN)).not.toThrow();
  });
});
