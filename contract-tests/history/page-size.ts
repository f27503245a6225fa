/**
 * AIP-158's edges of pageSize, judged on every list of the run that asked for them: 0 means "the
 * server's default", and a size above the server's maximum is coerced down. Either way the answer is a
 * page (the server chooses how many operations it holds), never INVALID_ARGUMENT. Applies to every
 * target, stateless mocks included: it judges each answer alone.
 */
import { mayBeUnimplemented } from "../checks/unimplemented.js";
import { note, preview, skip, violation, type CheckContext, type CheckOutcome } from "../checks/verdict.js";
import { THROTTLE_STATUSES } from "../throttle.js";
import { describe, type History, type Observation } from "./record.js";

/** The largest pageSize a request can carry (int32, the spec's maximum): surely above any server's own. */
export const LARGEST_PAGE_SIZE = 2_147_483_647;

/** Lists sent with this pageSize, leaving out the answers the transport waited out and retried (429, 503). */
function listsWithPageSize(history: History, matches: (size: number) => boolean): Observation[] {
  return history.of("list").filter((o) => {
    const asked = o.query?.get("pageSize");
    return asked != null && /^[0-9]+$/.test(asked) && matches(Number(asked)) && !THROTTLE_STATUSES.has(o.status);
  });
}

/** A page: a JSON object whose `operations`, if any, is an array and whose `nextPageToken`, if any, a string. */
function isPage(json: unknown): boolean {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return false;
  const { operations, nextPageToken } = json as { operations?: unknown; nextPageToken?: unknown };
  return (operations === undefined || Array.isArray(operations)) && (nextPageToken === undefined || typeof nextPageToken === "string");
}

function judgePages(lists: Observation[], ctx: Pick<CheckContext, "spec">, asked: string, documented: string): CheckOutcome {
  if (lists.length === 0) return skip(`no list asked for pageSize ${asked} in this run (scenario page-size-edges-are-accepted sends one)`);
  const unimplemented = mayBeUnimplemented("listOperations", ctx);
  for (const obs of lists) {
    if (obs.status === 501 && unimplemented) return note(`${describe(obs)}: list is UNIMPLEMENTED, which the spec allows`);
    if (obs.status === 200 && isPage(obs.json)) continue;
    const body = obs.status === 200 ? `, body ${preview(obs.json ?? "(not JSON)")}` : "";
    violation(`A list with pageSize ${asked} was not answered with a page`, `${describe(obs)}${body}`, documented);
  }
}

/** pageSize=0 is answered with a page of the server's default size (AIP-158: 0 means unset). */
export function pageSizeZeroAccepted(history: History, ctx: Pick<CheckContext, "spec">): CheckOutcome {
  return judgePages(listsWithPageSize(history, (n) => n === 0), ctx, "0", "200 with a page of the server's default size (AIP-158: 0 is the server's default, not an error)");
}

/** A very large pageSize is answered with a page, coerced down to the server's maximum (AIP-158). */
export function largePageSizeAccepted(history: History, ctx: Pick<CheckContext, "spec">): CheckOutcome {
  return judgePages(
    listsWithPageSize(history, (n) => n >= LARGEST_PAGE_SIZE),
    ctx,
    String(LARGEST_PAGE_SIZE),
    "200 with a page of at most the server's maximum (AIP-158: a larger pageSize is coerced down)",
  );
}
