import { describe, expect, it } from "vitest";
import { credentialSecrets, isCredentialHeader } from "./credential-headers.js";

describe("isCredentialHeader", () => {
  it.each(["x-goog-api-key", "Cookie", "proxy-authorization", "Authorization", "x-api-key", "X-Auth-Token", "x-client-secret", "apikey"])(
    "%s carries a credential",
    (name) => expect(isCredentialHeader(name)).toBe(true),
  );

  it.each(["x-goog-user-project", "x-goog-request-params", "accept", "content-type", "x-goog-api-client"])("%s carries none", (name) => {
    expect(isCredentialHeader(name)).toBe(false);
  });
});

describe("credentialSecrets", () => {
  it("takes the values of credential headers and leaves the others", () => {
    expect(credentialSecrets({ "x-goog-api-key": "AIzaSyA-key-value", "x-goog-user-project": "my-project" })).toEqual(["AIzaSyA-key-value"]);
  });

  it("takes what follows an auth scheme, and Basic's user:password and password", () => {
    const basic = `Basic ${btoa("alice:correct-horse-battery")}`;
    expect(credentialSecrets([["proxy-authorization", basic]])).toEqual([basic, btoa("alice:correct-horse-battery"), "alice:correct-horse-battery", "correct-horse-battery"]);
    expect(credentialSecrets([["x-auth-token", "Bearer abcdefgh12345"]])).toEqual(["Bearer abcdefgh12345", "abcdefgh12345"]);
  });

  it("takes each cookie's value long enough to be a secret, not `en` or `1`", () => {
    expect(credentialSecrets({ cookie: "lang=en; SID=31d4d96e407aad42; debug=1" })).toEqual(["lang=en; SID=31d4d96e407aad42; debug=1", "31d4d96e407aad42"]);
  });

  it("ignores empty values", () => {
    expect(credentialSecrets({ "x-api-key": "  " })).toEqual([]);
  });
});
