/**
 * "Did you mean …?" for a misspelt flag, command, scenario or check: the known words closest to what was
 * typed, by edit distance (a transposition counts once, as typists make them), or those it is a prefix of.
 */

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** How a typed word is compared with a known one: whole, or with the known word's start (a prefix such as --only takes). */
export type Matching = "whole" | "prefix";

/**
 * The known words nearest to `typed` (at most `limit`): those within a third of its length in edits
 * (at least 1, at most 3), else those that contain it. Empty when nothing is near.
 */
export function nearestWords(typed: string, known: readonly string[], limit = 3, matching: Matching = "whole"): string[] {
  const word = typed.toLowerCase();
  if (word === "") return [];
  const budget = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  const against = (candidate: string) => (matching === "prefix" ? candidate.slice(0, word.length) : candidate).toLowerCase();
  const scored = known
    .map((candidate) => ({ candidate, distance: editDistance(word, against(candidate)) }))
    .filter(({ distance }) => distance <= budget)
    .sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate));
  if (scored.length > 0) return scored.slice(0, limit).map(({ candidate }) => candidate);
  return word.length >= 3 ? known.filter((candidate) => candidate.toLowerCase().includes(word)).slice(0, limit) : [];
}

/** ` (did you mean --base-url?)`, or "" when nothing is near. */
export function didYouMean(typed: string, known: readonly string[], prefix = "", matching: Matching = "whole"): string {
  const near = nearestWords(typed, known, 3, matching);
  if (near.length === 0) return "";
  const words = near.map((w) => `${prefix}${w}`);
  const said = words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
  return ` (did you mean ${said}?)`;
}
