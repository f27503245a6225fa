import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { errors } from "./errors.js";
import { DEFAULT_SEED_IDS } from "./seed.js";
import { NAME_PREFIX, PARENT_PATH, startTestFake, type TestFake } from "./test-support/start-test-fake.js";

const SEED_SIZE = 40;
let fake: TestFake;
beforeEach(async () => {
  fake = await startTestFake();
});
afterEach(() => fake.close());

async function listAll(query: string, pageSize: number): Promise<string[]> {
  const names: string[] = [];
  let token = "";
  for (let pages = 0; pages < 100; pages++) {
    const sep = query ? "&" : "";
    const { status, body } = await fake.call("GET", `${PARENT_PATH}?${query}${sep}pageSize=${pageSize}&pageToken=${encodeURIComponent(token)}`);
    expect(status).toBe(200);
    expect(body.operations.length).toBeLessThanOrEqual(pageSize);
    names.push(...body.operations.map((o: { name: string }) => o.name));
    token = body.nextPageToken ?? "";
    if (!token) return names;
  }
  throw new Error("listing did not end");
}

describe("list paging", () => {
  it("walks every operation exactly once across pages", async () => {
    const names = await listAll("", 7);
    expect(names).toHaveLength(SEED_SIZE);
    expect(new Set(names).size).toBe(SEED_SIZE);
  });

  it("uses the default page size of 50 for absent or 0", async () => {
    await fake.close();
    fake = await startTestFake({ defaultPageSize: 3 });
    expect((await fake.call("GET", PARENT_PATH)).body.operations).toHaveLength(3);
    expect((await fake.call("GET", `${PARENT_PATH}?pageSize=0`)).body.operations).toHaveLength(3);
  });

  it("coerces a page size above the maximum down to it", async () => {
    await fake.close();
    fake = await startTestFake({ maxPageSize: 5 });
    const { status, body } = await fake.call("GET", `${PARENT_PATH}?pageSize=2147483647`);
    expect(status).toBe(200);
    expect(body.operations).toHaveLength(5);
  });

  it("omits nextPageToken on the last page", async () => {
    const { body } = await fake.call("GET", `${PARENT_PATH}?pageSize=${SEED_SIZE}`);
    expect(body.operations).toHaveLength(SEED_SIZE);
    expect(body.nextPageToken).toBeUndefined();
  });

  it("lets the page size change between pages (AIP-158)", async () => {
    const first = (await fake.call("GET", `${PARENT_PATH}?pageSize=5`)).body;
    const second = await fake.call("GET", `${PARENT_PATH}?pageSize=30&pageToken=${first.nextPageToken}`);
    expect(second.status).toBe(200);
    expect(second.body.operations).toHaveLength(30);
  });

  it("skips operations deleted between pages", async () => {
    const first = (await fake.call("GET", `${PARENT_PATH}?pageSize=5`)).body;
    await fake.call("DELETE", `${PARENT_PATH}/${DEFAULT_SEED_IDS.running[5]}`);
    const rest = (await fake.call("GET", `${PARENT_PATH}?pageSize=100&pageToken=${first.nextPageToken}`)).body;
    expect(rest.operations).toHaveLength(SEED_SIZE - 6);
  });

  it("answers an empty list for a parent without operations", async () => {
    const { status, body } = await fake.call("GET", "/v1beta1/projects/other/locations/us-central1/operations");
    expect([status, body]).toEqual([200, { operations: [] }]);
  });

  it("accepts the snake_case spellings page_size and page_token", async () => {
    const first = (await fake.call("GET", `${PARENT_PATH}?page_size=2`)).body;
    expect(first.operations).toHaveLength(2);
    expect((await fake.call("GET", `${PARENT_PATH}?page_size=2&page_token=${first.nextPageToken}`)).status).toBe(200);
  });
});

describe("list page tokens", () => {
  it("refuses a garbled token", async () => {
    const { body } = await fake.call("GET", `${PARENT_PATH}?pageToken=garbled`);
    expect(body).toEqual(errors.invalidPageToken("not a token this server issued").toEnvelope());
  });

  it("refuses a token with one character changed", async () => {
    const token: string = (await fake.call("GET", `${PARENT_PATH}?pageSize=2`)).body.nextPageToken;
    const changed = token.slice(0, -2) + (token.at(-2) === "A" ? "B" : "A") + token.at(-1);
    expect((await fake.call("GET", `${PARENT_PATH}?pageToken=${changed}`)).status).toBe(400);
  });

  it("refuses a token of another fake", async () => {
    const other = await startTestFake();
    try {
      const token = (await other.call("GET", `${PARENT_PATH}?pageSize=2`)).body.nextPageToken;
      const { body } = await fake.call("GET", `${PARENT_PATH}?pageToken=${token}`);
      expect(body).toEqual(errors.invalidPageToken("not a token this server issued").toEnvelope());
    } finally {
      await other.close();
    }
  });

  it("refuses a token used with another filter", async () => {
    const token = (await fake.call("GET", `${PARENT_PATH}?pageSize=2`)).body.nextPageToken;
    const { body } = await fake.call("GET", `${PARENT_PATH}?filter=done%3Dtrue&pageToken=${token}`);
    expect(body).toEqual(errors.invalidPageToken("the token belongs to a listing with another filter").toEnvelope());
  });

  it("accepts a token with the same filter spelled differently", async () => {
    const token = (await fake.call("GET", `${PARENT_PATH}?pageSize=2&filter=${encodeURIComponent("done=false")}`)).body.nextPageToken;
    const again = await fake.call("GET", `${PARENT_PATH}?filter=${encodeURIComponent(' done = "false" ')}&pageToken=${token}`);
    expect(again.status).toBe(200);
  });

  it("refuses a token used on another parent", async () => {
    const token = (await fake.call("GET", `${PARENT_PATH}?pageSize=2`)).body.nextPageToken;
    const { body } = await fake.call("GET", `/v1beta1/projects/other/locations/us-central1/operations?pageToken=${token}`);
    expect(body).toEqual(errors.invalidPageToken("the token belongs to a listing of another parent").toEnvelope());
  });
});

describe("list page size errors", () => {
  it.each([
    ["-1", "must not be negative"],
    ["abc", "must be an integer"],
    ["1.5", "must be an integer"],
    ["2147483648", "is out of the int32 range"],
  ])("refuses pageSize=%s", async (value, reason) => {
    const { status, body } = await fake.call("GET", `${PARENT_PATH}?pageSize=${value}`);
    expect(status).toBe(400);
    expect(body).toEqual(errors.invalidPageSize(value, reason).toEnvelope());
  });
});

describe("list filter", () => {
  const q = (filter: string) => `filter=${encodeURIComponent(filter)}`;

  it("done=true lists only finished operations, done=false only running ones", async () => {
    const done = await listAll(q("done=true"), 4);
    const running = await listAll(q("done = false"), 4);
    expect(done).toHaveLength(15);
    expect(running).toHaveLength(25);
    fake.clock.advance(10_000);
    expect(await listAll(q("done=true"), 50)).toHaveLength(20);
  });

  it("operation_id selects by id, != excludes it", async () => {
    const id = DEFAULT_SEED_IDS.failed[2];
    expect(await listAll(q(`operation_id=${id}`), 10)).toEqual([NAME_PREFIX + id]);
    expect(await listAll(q(`operation_id!="${id}"`), 10)).toHaveLength(SEED_SIZE - 1);
  });

  it("worksOn and works_on select by the resource worked on, joined with AND", async () => {
    const id = DEFAULT_SEED_IDS.running[0];
    const model = `projects/demo/locations/us-central1/models/${id}`;
    expect(await listAll(q(`worksOn="${model}"`), 10)).toEqual([NAME_PREFIX + id]);
    expect(await listAll(q(`works_on="${model}" AND done=true`), 10)).toEqual([]);
  });

  it.each([
    ["done=maybe", 'done takes true or false, not "maybe"'],
    ["status=done", 'unknown field "status"; use done, operation_id, worksOn or works_on'],
    ["done=true OR done=false", 'expected AND between terms, found "OR" (OR is not supported)'],
    ["done=true AND", "AND must be followed by a term"],
    ["done", "expected = or != after done"],
    ['operation_id="abc', "unterminated string starting at column 14"],
  ])("refuses %j saying what is wrong", async (filter, reason) => {
    const { status, body } = await fake.call("GET", `${PARENT_PATH}?${q(filter)}`);
    expect(status).toBe(400);
    expect(body).toEqual(errors.invalidFilter(filter, reason).toEnvelope());
  });
});
