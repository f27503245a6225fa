/**
 * Page tokens (AIP-158): opaque to clients, and tied to the request that made them. A token carries
 * the parent, the canonical filter and the position (the insertion sequence of the last operation
 * returned), signed with the server's secret, so a token from another listing, another fake or a
 * garbled one is INVALID_ARGUMENT. The page size is not bound: AIP-158 lets a client change it
 * between pages.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { errors } from "./errors.js";

interface TokenBody {
  parent: string;
  filter: string;
  afterSeq: number;
}

export class PageTokens {
  private readonly key: Buffer;

  constructor(secret?: string) {
    this.key = secret === undefined ? randomBytes(32) : Buffer.from(secret, "utf8");
  }

  private mac(payload: string): Buffer {
    return createHmac("sha256", this.key).update(payload).digest().subarray(0, 12);
  }

  encode(body: TokenBody): string {
    const payload = JSON.stringify([1, body.parent, body.filter, body.afterSeq]);
    return Buffer.concat([this.mac(payload), Buffer.from(payload, "utf8")]).toString("base64url");
  }

  /** The position a token continues from; throws INVALID_ARGUMENT when it does not belong to this listing. */
  decode(token: string, parent: string, filter: string): number {
    if (!/^[A-Za-z0-9_-]+$/.test(token)) throw errors.invalidPageToken("not a token this server issued");
    const raw = Buffer.from(token, "base64url");
    const mac = raw.subarray(0, 12);
    const payload = raw.subarray(12).toString("utf8");
    if (mac.length !== 12 || !timingSafeEqual(mac, this.mac(payload))) {
      throw errors.invalidPageToken("not a token this server issued");
    }
    const [version, tokenParent, tokenFilter, afterSeq] = JSON.parse(payload) as [number, string, string, number];
    if (version !== 1 || !Number.isSafeInteger(afterSeq)) throw errors.invalidPageToken("not a token this server issued");
    if (tokenParent !== parent) throw errors.invalidPageToken("the token belongs to a listing of another parent");
    if (tokenFilter !== filter) throw errors.invalidPageToken("the token belongs to a listing with another filter");
    return afterSeq;
  }
}
