/**
 * A request acts on the operation it names and on no other (api-facts: "What must hold whatever the
 * freedoms"). Around the cancels and deletes the kit sends, the other operations may only change as
 * time changes them: a running one may finish on its own (with a response, or an error of its own), but
 * none may end CANCELLED or go NOT_FOUND unless the kit cancelled or deleted it itself.
 *
 * On a real, shared service another client may cancel or delete operations while the kit runs. So one
 * such change is no proof: it is reported only when it happens again around another of the kit's
 * requests, to another operation (two damages that one request cannot both explain). One alone passes,
 * with a note naming it.
 */
import type { OperationJson } from "../checks/operation.js";
import { note, skip, violation, type CheckContext, type CheckOutcome } from "../checks/verdict.js";
import { before, describe, type History, type Observation } from "./record.js";
import { unjudged } from "./rules.js";

/** One operation the kit did not name, seen unharmed and later harmed, and the kit's requests that may explain it. */
export interface Damage {
  id: string;
  /** The last answer that showed it unharmed before the harm was seen. */
  unharmed: Observation;
  /** The first answer that showed it harmed. */
  harmed: Observation;
  /** The kit's accepted requests (of the kind judged) in flight between the two answers, naming other operations. */
  suspects: Observation[];
}

export type ChangeKind = "cancel" | "delete";

const isCancelled = (op: OperationJson) => op.done === true && op.error?.code === 1;
const isNotFound = (o: Observation) => (o.kind === "get" || o.kind === "wait") && o.status === 404 && o.rpcStatus === "NOT_FOUND";

/** The kit's requests of `kind` that may have done the harm seen between `unharmed` and `harmed`. */
function suspectsOf(history: History, kind: ChangeKind, id: string, unharmed: Observation, harmed: Observation): Observation[] | undefined {
  const sent = history.of(kind);
  // The kit asked for it (any attempt, even one answered with an error): no damage.
  if (sent.some((r) => r.named === id && r.sentAt < harmed.receivedAt)) return undefined;
  return sent.filter((r) => r.status === 200 && r.named !== id && r.sentAt < harmed.receivedAt && r.receivedAt > unharmed.sentAt);
}

/** Operations seen running and later CANCELLED, which the kit never cancelled. */
function cancelDamages(history: History): Damage[] {
  const damages: Damage[] = [];
  for (const [id, seen] of history.sightingsById()) {
    const harmed = seen.find((s) => isCancelled(s.op));
    if (!harmed) continue;
    const unharmed = seen.filter((s) => s.op.done !== true && before(s.obs, harmed.obs)).pop();
    if (!unharmed) continue;
    const suspects = suspectsOf(history, "cancel", id, unharmed.obs, harmed.obs);
    if (suspects) damages.push({ id, unharmed: unharmed.obs, harmed: harmed.obs, suspects });
  }
  return damages;
}

/** Operations seen and later answered NOT_FOUND, which the kit never deleted. */
function deleteDamages(history: History): Damage[] {
  const damages: Damage[] = [];
  const byId = history.sightingsById();
  for (const harmed of history.observations.filter(isNotFound)) {
    const id = harmed.named!;
    if (damages.some((d) => d.id === id)) continue;
    const unharmed = (byId.get(id) ?? []).filter((s) => before(s.obs, harmed)).pop();
    if (!unharmed) continue;
    const suspects = suspectsOf(history, "delete", id, unharmed.obs, harmed);
    if (suspects) damages.push({ id, unharmed: unharmed.obs, harmed, suspects });
  }
  return damages;
}

/** Harm to operations the kit's requests of `kind` did not name. */
export function damagesOf(history: History, kind: ChangeKind): Damage[] {
  return kind === "cancel" ? cancelDamages(history) : deleteDamages(history);
}

/**
 * Two damages, to two operations, that two different requests of the kit explain: the harm happened
 * again. One request (one other client's act) cannot account for both.
 */
export function reproduced(damages: Damage[]): [Damage, Damage] | undefined {
  const attributed = damages.filter((d) => d.suspects.length > 0);
  for (let i = 0; i < attributed.length; i++) {
    for (let j = i + 1; j < attributed.length; j++) {
      const [a, b] = [attributed[i]!, attributed[j]!];
      const requests = new Set([...a.suspects, ...b.suspects].map((r) => r.seq));
      if (a.id !== b.id && requests.size >= 2) return [a, b];
    }
  }
  return undefined;
}

function describeDamage(d: Damage, harm: string): string {
  const around = d.suspects.map((r) => `${r.method} …/operations/${r.named}${r.kind === "cancel" ? ":cancel" : ""}`).join(", ");
  return `${d.id} ${harm} (${describe(d.harmed)}; unharmed in ${describe(d.unharmed)}) around ${around}`;
}

function judge(history: History, ctx: Pick<CheckContext, "capabilities">, kind: ChangeKind, harm: string): CheckOutcome {
  const why = unjudged(ctx);
  if (why) return skip(why);
  const accepted = history.of(kind).filter((r) => r.status === 200);
  if (accepted.length === 0) return skip(`the run sent no ${kind} the target accepted: nothing to judge (the kit cancels and deletes only on a destructive target, --allow-destructive)`);
  const damages = damagesOf(history, kind).filter((d) => d.suspects.length > 0);
  const twice = reproduced(damages);
  if (twice) {
    violation(
      `A ${kind} changed operations it did not name, twice`,
      `${describeDamage(twice[0], harm)}; again: ${describeDamage(twice[1], harm)}`,
      `a ${kind} acts on the operation it names alone; the others change only as time would (running to done on their own)`,
    );
  }
  if (damages.length > 0) {
    const seen = damages.map((d) => describeDamage(d, harm)).join("; ");
    return note(`${seen}: once only, not reproduced on another ${kind}, so taken for another client's act`);
  }
}

/** Around the kit's cancels, no operation it did not cancel ends CANCELLED (reproduced before it is reported). */
export function cancelLeavesOthersAlone(history: History, ctx: Pick<CheckContext, "capabilities">): CheckOutcome {
  return judge(history, ctx, "cancel", "ended CANCELLED");
}

/** Around the kit's deletes, no operation it did not delete goes NOT_FOUND (reproduced before it is reported). */
export function deleteLeavesOthersAlone(history: History, ctx: Pick<CheckContext, "capabilities">): CheckOutcome {
  return judge(history, ctx, "delete", "went NOT_FOUND");
}
