/**
 * What legal servers ask of the fake behind them on their own: the operation a request addresses, as
 * the fake shows it now, with the caller's credentials.
 */
import type { ProxiedRequest } from "../broken-servers/proxy.js";
import type { Json } from "../broken-servers/rewrite.js";

/** The operation the request addresses (`…/operations/ID:cancel`), or undefined when the fake has none. */
export async function operationBehind(upstream: string, req: ProxiedRequest): Promise<Json | undefined> {
  const path = req.url.pathname.replace(/:(cancel|wait)$/, "");
  const headers = new Headers(req.headers);
  headers.delete("content-type");
  const res = await fetch(`${upstream}${path}`, { headers });
  return res.status === 200 ? ((await res.json()) as Json) : undefined;
}

/** Whether a cancel or wait body is an empty message (nothing, or `{}`): the only ones a freedom changes. */
export function isEmptyMessage(body: string): boolean {
  const text = body.trim();
  return text === "" || text === "{}";
}

export const EMPTY_ANY = { "@type": "type.googleapis.com/google.protobuf.Empty" };

/** An AIP-193 error envelope answer. */
export function envelope(code: number, status: string, message: string, headers: Record<string, string> = {}) {
  return { status: code, headers: new Headers({ "content-type": "application/json", ...headers }), body: JSON.stringify({ error: { code, message, status } }) };
}
