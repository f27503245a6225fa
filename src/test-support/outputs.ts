/**
 * Every form in which an error can reach a user, a log or a report: its message, stack, String(),
 * JSON.stringify, what Node's inspector prints (fields, `cause` and `attempts` included), and the same for
 * each error kept in `attempts` and along the `cause` chain. Leak tests search all of them for the token.
 */
import { inspect } from "node:util";

export function outputsOf(error: unknown, depth = 6): string[] {
  if (depth < 0) return [];
  if (!(error instanceof Error)) return [String(error), JSON.stringify(error) ?? ""];
  const forms = [error.message, error.stack ?? "", String(error), JSON.stringify(error) ?? "", inspect(error, { depth: 20 })];
  const fields = error as Error & { attempts?: unknown };
  for (const attempt of Array.isArray(fields.attempts) ? fields.attempts : []) forms.push(...outputsOf(attempt, depth - 1));
  if (error.cause !== undefined) forms.push(...outputsOf(error.cause, depth - 1));
  return forms;
}
