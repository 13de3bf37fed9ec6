/**
 * The fake RequestContext: like Office.js, nothing happens when the add-in calls
 * a method or sets a property; the call is queued and runs, in order, at the
 * next `context.sync()`. Loaded properties can be read only after that sync.
 *
 * Each sync is counted and logged, and the payload of the batch is estimated
 * (JSON of every value sent, JSON of every value loaded, plus a fixed cost per
 * command): above `payloadLimit` the sync fails like Excel on the web does,
 * with RequestPayloadSizeLimitExceeded or ResponsePayloadSizeLimitExceeded.
 */
import type { FakeState } from "./fakeState";

/** An error shaped like OfficeExtension.Error (string code, English message). */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export const COMMAND_BYTES = 100;

interface QueuedCommand {
  description: string;
  requestBytes: number;
  /** Runs the command; returns the bytes it adds to the response. */
  run: () => number;
}

export interface FakeLog {
  syncs: number;
  /** Every command, in the order run, and "sync" for each sync. */
  calls: string[];
  /** Estimated request and response bytes of each sync. */
  payloads: { request: number; response: number }[];
}

/** Handlers registered with worksheets.onChanged, shared by every context of one fake session. */
export type ChangeHandlers = Set<(args: unknown) => Promise<unknown>>;

/**
 * The custom functions this Excel knows by name: those of the metadata file its display
 * language loaded. A formula naming another PERF function evaluates to `nameError`.
 */
export interface FakeFunctionNames {
  namespace: string;
  known: ReadonlySet<string>;
  /** "#NAME?" in English Excel, "#NOME?" in Italian Excel. */
  nameError: string;
}

export class FakeContext {
  private queue: QueuedCommand[] = [];

  constructor(
    readonly state: FakeState,
    readonly log: FakeLog,
    readonly payloadLimit: number | null,
    readonly changeHandlers: ChangeHandlers,
    readonly functions: FakeFunctionNames,
    /** Most cells one range may load (Excel: five million, on every platform). */
    readonly maxCellsPerGet: number = 5_000_000,
  ) {}

  enqueue(description: string, payload: unknown, run: () => number | void): void {
    const requestBytes = COMMAND_BYTES + (payload === undefined ? 0 : JSON.stringify(payload).length);
    this.queue.push({ description, requestBytes, run: () => run() ?? 0 });
  }

  /** Commands queued since the last sync. */
  pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.log.syncs += 1;
    this.log.calls.push("sync");
    const request = batch.reduce((sum, command) => sum + command.requestBytes, 0);
    if (this.payloadLimit !== null && request > this.payloadLimit) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size (${request}) has exceeded the limit.`);
    }
    let response = 0;
    for (const command of batch) {
      this.log.calls.push(command.description);
      response += command.run();
    }
    this.log.payloads.push({ request, response });
    if (this.payloadLimit !== null && response > this.payloadLimit) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size (${response}) has exceeded the limit.`);
    }
  }
}

/** Holds properties that become readable only after the sync that loads them. */
export class Loaded {
  private readonly values = new Map<string, unknown>();

  set(name: string, value: unknown): number {
    this.values.set(name, value);
    return JSON.stringify(value ?? null).length;
  }

  get<T>(name: string, owner: string): T {
    if (!this.values.has(name)) {
      throw new Error(`PropertyNotLoaded: ${owner}.${name} was read before load() and sync()`);
    }
    return this.values.get(name) as T;
  }
}

/** Splits a load argument ("a,b" or ["a","b"]) into property paths. */
export function loadPaths(properties: string | string[] | undefined): string[] {
  const list = Array.isArray(properties) ? properties : (properties ?? "").split(",");
  return list.map((path) => path.trim()).filter((path) => path !== "");
}
