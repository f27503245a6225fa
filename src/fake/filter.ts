/**
 * The list filter of the operations resource: `done`, `operation_id` and `worksOn` (alias `works_on`),
 * each compared with `=` or `!=`, terms joined by `AND` (AIP-160's subset that Google's operations
 * services document). Values may be bare words or double-quoted strings.
 *
 *   filter := term ( "AND" term )*
 *   term   := field ( "=" | "!=" ) value
 *   field  := "done" | "operation_id" | "worksOn" | "works_on"
 *   value  := bare-word | '"' characters '"'       (done takes true or false)
 */
import { errors } from "./errors.js";
import type { OperationRecord } from "./operation-view.js";
import { isDone } from "./operation-view.js";

export type FilterField = "done" | "operation_id" | "worksOn";

export interface FilterTerm {
  field: FilterField;
  negate: boolean;
  value: string;
}

export interface ParsedFilter {
  terms: FilterTerm[];
  /** A canonical spelling: equal filters (spacing, quoting, field alias) give equal strings. */
  canonical: string;
}

const FIELDS: Record<string, FilterField> = {
  done: "done",
  operation_id: "operation_id",
  worksOn: "worksOn",
  works_on: "worksOn",
};

type Token = { kind: "word" | "string" | "op"; text: string; at: number };

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < filter.length) {
    const c = filter[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "=" || (c === "!" && filter[i + 1] === "=")) {
      tokens.push({ kind: "op", text: c === "=" ? "=" : "!=", at: i });
      i += c === "=" ? 1 : 2;
    } else if (c === '"') {
      const end = filter.indexOf('"', i + 1);
      if (end < 0) throw errors.invalidFilter(filter, `unterminated string starting at column ${i + 1}`);
      tokens.push({ kind: "string", text: filter.slice(i + 1, end), at: i });
      i = end + 1;
    } else {
      const m = /^[^\s="!]+/.exec(filter.slice(i));
      if (!m) throw errors.invalidFilter(filter, `unexpected ${JSON.stringify(c)} at column ${i + 1}`);
      tokens.push({ kind: "word", text: m[0], at: i });
      i += m[0].length;
    }
  }
  return tokens;
}

/** Parses a filter; an absent or blank one is undefined. Throws INVALID_ARGUMENT saying what is wrong. */
export function parseFilter(filter: string | undefined): ParsedFilter | undefined {
  if (filter === undefined || filter.trim() === "") return undefined;
  const tokens = tokenize(filter);
  const terms: FilterTerm[] = [];
  let i = 0;
  const fail = (reason: string): never => {
    throw errors.invalidFilter(filter, reason);
  };
  while (true) {
    const field = tokens[i];
    const op = tokens[i + 1];
    const value = tokens[i + 2];
    if (!field || field.kind !== "word") fail(`expected a field (done, operation_id, worksOn) at term ${terms.length + 1}`);
    const name = FIELDS[field!.text];
    if (!Object.hasOwn(FIELDS, field!.text) || !name) {
      fail(`unknown field ${JSON.stringify(field!.text)}; use done, operation_id, worksOn or works_on`);
    }
    if (!op || op.kind !== "op") fail(`expected = or != after ${field!.text}`);
    if (!value || value.kind === "op") fail(`expected a value after ${field!.text}${op!.text}`);
    if (name === "done" && value!.text !== "true" && value!.text !== "false") fail(`done takes true or false, not ${JSON.stringify(value!.text)}`);
    terms.push({ field: name!, negate: op!.text === "!=", value: value!.text });
    i += 3;
    if (i === tokens.length) break;
    const join = tokens[i];
    if (!join || join.kind !== "word" || join.text !== "AND") {
      fail(`expected AND between terms, found ${JSON.stringify(join?.text)}${join?.text === "OR" ? " (OR is not supported)" : ""}`);
    }
    i += 1;
    if (i === tokens.length) fail("AND must be followed by a term");
  }
  const canonical = terms.map((t) => `${t.field}${t.negate ? "!=" : "="}${JSON.stringify(t.value)}`).join(" AND ");
  return { terms, canonical };
}

function termMatches(term: FilterTerm, rec: OperationRecord, now: number): boolean {
  let equal: boolean;
  switch (term.field) {
    case "done":
      equal = isDone(rec, now) === (term.value === "true");
      break;
    case "operation_id":
      // Accept the bare id or the full name, as both are seen in Google's examples.
      equal = rec.id === term.value || rec.name === term.value;
      break;
    case "worksOn":
      equal = rec.worksOn === term.value;
      break;
  }
  return term.negate ? !equal : equal;
}

/** A predicate for the store's index, evaluated at `now`. */
export function filterPredicate(filter: ParsedFilter, now: number): (rec: OperationRecord) => boolean {
  return (rec) => filter.terms.every((term) => termMatches(term, rec, now));
}
