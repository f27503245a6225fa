/**
 * Headers that carry credentials, and the secrets their values hold, so that a header a user adds
 * (`-H x-goog-api-key:…`, the `headers` of a target) is redacted from every report as the token is.
 */

/**
 * Named by RFC 9110 (§11.6.2 Authorization, §11.7.2 Proxy-Authorization), RFC 6265 (Cookie) and
 * Google's API keys (`x-goog-api-key`); past those, any name that says it holds a key, a token or a
 * secret (`x-api-key`, `x-auth-token`, `x-client-secret`).
 */
const CREDENTIAL_NAMES = new Set(["authorization", "proxy-authorization", "cookie", "x-goog-api-key"]);
const CREDENTIAL_WORDS = /key|token|secret/i;

/** Whether a header of this name carries a credential. */
export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_NAMES.has(name.toLowerCase()) || CREDENTIAL_WORDS.test(name);
}

/**
 * Parts of a value shorter than this are not secrets of their own: a cookie `lang=en` or the `1` of
 * `debug=1` redacted everywhere would blank every report (the whole value always counts).
 */
const SHORT_PART = 8;
/** An auth scheme before its credentials (RFC 9110 §11.4): `Bearer`, `Basic`, `Digest`… */
const SCHEME = /^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)[ \t]+(\S.*)$/;

/** What `Basic`'s base64 hides: `user:password` and the password (RFC 7617), when it decodes. */
function basicParts(credentials: string): string[] {
  try {
    const decoded = atob(credentials.trim());
    const colon = decoded.indexOf(":");
    return colon < 0 ? [decoded] : [decoded, decoded.slice(colon + 1)];
  } catch {
    return [];
  }
}

/** The secrets in one credential header's value: the value, what follows its scheme, each cookie's value. */
function secretsOfValue(name: string, value: string): string[] {
  const parts = [value];
  const scheme = SCHEME.exec(value);
  if (scheme) {
    parts.push(scheme[2]!);
    if (scheme[1]!.toLowerCase() === "basic") parts.push(...basicParts(scheme[2]!));
  }
  if (name.toLowerCase() === "cookie") {
    for (const pair of value.split(";")) parts.push(pair.slice(pair.indexOf("=") + 1).trim());
  }
  return [value, ...parts.slice(1).filter((part) => part.length >= SHORT_PART)];
}

/** Every secret the credential headers among `headers` hold (other headers hold none). */
export function credentialSecrets(headers: Iterable<[string, string]> | Record<string, string>): string[] {
  const pairs = Symbol.iterator in headers ? [...(headers as Iterable<[string, string]>)] : Object.entries(headers);
  const secrets = new Set<string>();
  for (const [name, value] of pairs) {
    if (!isCredentialHeader(name) || value.trim() === "") continue;
    for (const secret of secretsOfValue(name, value.trim())) secrets.add(secret);
  }
  return [...secrets];
}
