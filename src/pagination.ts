/**
 * Listing across pages (AIP-158): follow `nextPageToken` until it is empty or absent. A server that
 * hands back a token it already gave would loop forever; that is reported instead.
 */
import { ResponseValidationError, type RequestTarget } from "./errors.js";
import type { ListOperationsResponse, ListOptions, Operation } from "./options.js";

export type PageReader = (parent: string, options: ListOptions) => Promise<ListOperationsResponse>;

/** Every operation under `parent`, page after page. */
export async function* listAll(
  readPage: PageReader,
  parent: string,
  options: ListOptions,
  target: RequestTarget,
): AsyncGenerator<Operation, void, undefined> {
  const seen = new Set<string>();
  let pageToken = options.pageToken;
  for (;;) {
    const page = await readPage(parent, { ...options, pageToken });
    for (const operation of page.operations ?? []) yield operation;
    const next = page.nextPageToken;
    if (!next) return;
    if (seen.has(next)) {
      throw new ResponseValidationError(target, [`nextPageToken ${JSON.stringify(next)} came back twice`], page);
    }
    seen.add(next);
    pageToken = next;
  }
}
