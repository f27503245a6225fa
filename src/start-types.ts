/**
 * Types of starting the spec's methods that start operations, derived from the spec alone: the
 * generated StarterTypes say, per operationId, whether it takes a resource name or a parent, its body
 * and the message its operation ends with.
 */
import type { StarterTypes } from "../generated/starters.js";
import type { CallOptions, Operation, PollOptions } from "./options.js";

/** The operationId of a method that starts an operation, such as `createModel`. */
export type StarterId = keyof StarterTypes;

type NamePart<K extends StarterId> = StarterTypes[K]["target"] extends "parent"
  ? { /** The parent the resource is created under, such as `projects/p/locations/us-central1`. */ parent: string }
  : { /** The resource worked on, such as `projects/p/locations/us-central1/models/TBL123`. */ name: string };

type BodyPart<K extends StarterId> = [StarterTypes[K]["body"]] extends [never]
  ? { body?: undefined }
  : StarterTypes[K]["bodyRequired"] extends true
    ? { body: StarterTypes[K]["body"] }
    : { body?: StarterTypes[K]["body"] };

/** What `start` takes for `K`: the name or parent, the body its schema describes, and call options. */
export type StartRequest<K extends StarterId> = NamePart<K> & BodyPart<K> & CallOptions;

/** A message with no fields of its own (google.protobuf.Empty) adds nothing but its `@type`. */
type Fields<T> = string extends keyof T ? unknown : T;

/** The `response` Any the operation of `K` ends with: the declared message and its `@type`. */
export type StartedResponse<K extends StarterId> = Fields<StarterTypes[K]["response"]> & {
  "@type": `type.googleapis.com/${StarterTypes[K]["responseType"]}`;
};

/** A started operation: its name, the first answer, and ways to wait for it or cancel it. */
export interface StartedOperation<R> {
  /** The operation's resource name, as the server named it. */
  readonly name: string;
  /** The Operation the start answered with. */
  readonly operation: Operation;
  /** Polls (or waits) until done; resolves with the finished operation, failed or not. */
  pollUntilDone(options?: PollOptions): Promise<Operation>;
  /**
   * Waits until done and resolves with the declared response; throws OperationError when the
   * operation failed (cancelled: code 1), ResponseValidationError when it ended with another type.
   */
  result(options?: PollOptions): Promise<R>;
  /** Asks the server to cancel; `result` then rejects with code 1 unless it finished first. */
  cancel(options?: CallOptions): Promise<void>;
}

/** `client.start(operationId, request)`. */
export type StartMethod = <K extends StarterId>(operationId: K, request: StartRequest<K>) => Promise<StartedOperation<StartedResponse<K>>>;
