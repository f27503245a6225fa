/**
 * The models and datasets the fake knows when it starts: a few of each under the default seed's
 * location, so every method that starts an operation has something to work on. Examples in the spec,
 * the README and outside tests rely on these ids (TBL5314616996136591360 above all).
 */
import { DEFAULT_PARENT } from "../seed.js";

/** The ids of the default resources, by collection, all under projects/demo/locations/us-central1. */
export const DEFAULT_RESOURCE_IDS = {
  /** A tables dataset, an image classification dataset and a text classification dataset. */
  datasets: ["TBL5314616996136591360", "ICN3704830353955782656", "TCN6188817224573730816"],
  /** A tables model and an image classification model. */
  models: ["TBL2866487218853462016", "ICN7818209384715960320"],
} as const;

/** The full names of the default resources. */
export function defaultResources(parent: string = DEFAULT_PARENT): string[] {
  return Object.entries(DEFAULT_RESOURCE_IDS).flatMap(([collection, ids]) => ids.map((id) => `${parent}/${collection}/${id}`));
}

/** One line per collection, for `fake --help` and the README. */
export function describeDefaultResources(): string {
  return Object.entries(DEFAULT_RESOURCE_IDS)
    .map(([collection, ids]) => `  ${collection}: ${ids.join(", ")}`)
    .join("\n");
}
