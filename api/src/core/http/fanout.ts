import { createHash } from 'node:crypto';
import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { WebSocket } from 'ws';

/*
 * graphql-ws executes a subscription's selection once per subscriber per event, then serialises and
 * sends each result through several promise steps. In a room, hundreds of subscribers hold the same
 * document and receive the same (already visibility-filtered) event: here each event is executed and
 * serialised once per (operation, event) group, and written straight to every subscriber's socket as a
 * graphql-transport-ws `next` message. graphql-ws still owns the subscription (start, complete, errors).
 */

const TTL_MS = 60_000;

interface GroupedEvent {
  __typename?: string;
  seq?: number;
  /** Set when typename and seq do not identify the content (presence): events with equal keys are equal. */
  __shareKey?: string;
  /**
   * Set on an object that every subscriber of this instance receives as is (a co-editing message, parsed once
   * per instance): executed once per operation while the object lives, and nothing is kept after it.
   */
  __sharedObject?: true;
}

type Shared = string | ExecutionResult | Promise<string | ExecutionResult>;

/** Where a subscription's messages go: its socket and its graphql-ws operation id. */
export interface Sink {
  socket: WebSocket;
  id: string;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

export class FanOut {
  /** Serialised `ExecutionResult`s by group key (the result itself when it has errors: never shared). */
  private readonly results = new Map<string, Shared>();
  /**
   * The same, by event object and operation key, for shared objects: they go when the object does (a message
   * per keystroke kept for TTL_MS would fill the old generation and make every collection longer).
   */
  private readonly byObject = new WeakMap<GroupedEvent, Map<string, Shared>>();
  /** How many times a shared event was executed, and how many deliveries used a shared result. */
  executions = 0;
  deliveries = 0;

  /** Results kept by key (each for TTL_MS): room events and presence, never co-editing messages. */
  get keptResults(): number {
    return this.results.size;
  }

  /** A key for the operation: same document, operation name and variables → same key. */
  static operationKey(query: string, operationName: string | null | undefined, variables: unknown): string {
    return createHash('sha1').update(query).update('\0').update(operationName ?? '').update('\0').update(JSON.stringify(variables ?? {})).digest('base64url');
  }

  /**
   * For graphql-ws's `subscribe`. With a sink, successful results are written to the socket directly and
   * the iterator handed back to graphql-ws only carries failures and the end of the stream.
   */
  async subscribe(args: ExecutionArgs, operationKey: string | undefined, sink: Sink | undefined): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source as ExecutionResult;
    const events = (source as AsyncIterable<GroupedEvent>)[Symbol.asyncIterator]();
    if (!sink || !operationKey) {
      const iterator: AsyncIterableIterator<ExecutionResult> = {
        next: () => events.next().then(async (step) => (step.done ? step : { value: await execute({ ...args, rootValue: step.value }), done: false })),
        return: async () => (await events.return?.(), { value: undefined, done: true }),
        [Symbol.asyncIterator]: () => iterator,
      };
      return iterator;
    }
    return this.direct(args, operationKey, sink, events);
  }

  private direct(args: ExecutionArgs, operationKey: string, sink: Sink, events: AsyncIterator<GroupedEvent>): AsyncIterableIterator<ExecutionResult> {
    const prefix = `{"id":${JSON.stringify(sink.id)},"type":"next","payload":`;
    const failures: ExecutionResult[] = [];
    let wake: (() => void) | undefined;
    let ended = false;
    /** An error thrown by the source (e.g. FORBIDDEN once removed): rethrown to graphql-ws, which sends an `error` message. */
    let thrown: unknown;
    const pump = async () => {
      try {
        for (;;) {
          const step = await events.next();
          if (step.done) break;
          let shared = this.resultFor(args, operationKey, step.value);
          if (shared instanceof Promise) shared = await shared; // only the first subscriber of a group waits
          if (typeof shared === 'string') {
            if (sink.socket.readyState === sink.socket.OPEN) sink.socket.send(prefix + shared + '}');
          } else {
            failures.push(shared);
            wake?.();
          }
        }
      } catch (error) {
        thrown = error;
      } finally {
        ended = true;
        wake?.();
      }
    };
    void pump();
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      next: async () => {
        for (;;) {
          const failure = failures.shift();
          if (failure) return { value: failure, done: false };
          if (thrown !== undefined) throw thrown;
          if (ended) return { value: undefined, done: true };
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      },
      return: async () => {
        ended = true;
        wake?.();
        await events.return?.();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** The serialised result of `event` for this operation, executed on first use; a result with errors as is. */
  private resultFor(args: ExecutionArgs, operationKey: string, event: GroupedEvent): Shared {
    if (event.__sharedObject) {
      let byOperation = this.byObject.get(event);
      if (!byOperation) this.byObject.set(event, (byOperation = new Map()));
      return this.shared(byOperation, operationKey, args, event);
    }
    // Only events that say what identifies them (room events by seq, others by a share key) are shared.
    if (event.__shareKey === undefined && typeof event.seq !== 'number') {
      const executed = execute({ ...args, rootValue: event });
      const own = (r: ExecutionResult) => (r.errors ? r : JSON.stringify(r));
      return executed instanceof Promise ? executed.then(own) : own(executed);
    }
    const key = `${operationKey}.${event.__shareKey ?? `${event.__typename}.${event.seq}`}`;
    const known = this.results.has(key);
    const result = this.shared(this.results, key, args, event);
    if (!known) setTimeout(() => this.results.delete(key), TTL_MS).unref();
    return result;
  }

  /** `results[key]`, executed and kept there on first use. */
  private shared(results: Map<string, Shared>, key: string, args: ExecutionArgs, event: GroupedEvent): Shared {
    this.deliveries++;
    const cached = results.get(key);
    if (cached !== undefined) return cached;
    this.executions++;
    const settle = (executed: ExecutionResult) => {
      const result = executed.errors ? executed : JSON.stringify(executed);
      results.set(key, result);
      return result;
    };
    const executed = execute({ ...args, rootValue: event });
    const result = executed instanceof Promise ? executed.then(settle) : settle(executed);
    results.set(key, result);
    return result;
  }
}
