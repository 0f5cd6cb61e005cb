import { createHash } from 'node:crypto';
import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';

/*
 * graphql-ws executes a subscription's selection once per subscriber per event. In a room, hundreds of
 * subscribers hold the same document and variables and receive the same (already visibility-filtered)
 * event: here each event is executed and serialised once per (operation, event) group, and each
 * subscriber's message carries a marker that the socket layer swaps for the cached JSON.
 */

const MARK = '__germoirCached';
const MARK_PREFIX = `{"${MARK}":"`;
const TTL_MS = 60_000;

interface GroupedEvent {
  __typename: string;
  seq: number;
  /** Set when typename and seq do not identify the content (presence): events with equal keys are equal. */
  __shareKey?: string;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

export class FanOut {
  /** Pending or settled executions by group key; a settled, error-free one also has its JSON in `json`. */
  private readonly results = new Map<string, Promise<ExecutionResult>>();
  private readonly json = new Map<string, string>();
  /** How many times a shared event was executed, and how many deliveries used a shared result. */
  executions = 0;
  deliveries = 0;

  /** A key for the operation: same document, operation name and variables → same key. */
  static operationKey(query: string, operationName: string | null | undefined, variables: unknown): string {
    return createHash('sha1').update(query).update('\0').update(operationName ?? '').update('\0').update(JSON.stringify(variables ?? {})).digest('base64url');
  }

  /** For graphql-ws's `subscribe`: the source stream of the operation, each event executed once per group. */
  async subscribe(args: ExecutionArgs, operationKey: string | undefined): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source as ExecutionResult;
    const events = (source as AsyncIterable<GroupedEvent>)[Symbol.asyncIterator]();
    // A plain iterator rather than an async generator: one promise hop per delivery, not three.
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      next: () => events.next().then((step) => (step.done ? step : this.resultFor(args, operationKey, step.value).then((value) => ({ value, done: false })))),
      return: async () => {
        await events.return?.();
        return { value: undefined, done: true };
      },
      throw: async (error?: unknown) => {
        await events.return?.();
        throw error;
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  private async resultFor(args: ExecutionArgs, operationKey: string | undefined, event: GroupedEvent): Promise<ExecutionResult> {
    if (!operationKey || typeof event.seq !== 'number') return execute({ ...args, rootValue: event });
    const key = `${operationKey}.${event.__shareKey ?? `${event.__typename}.${event.seq}`}`;
    this.deliveries++;
    if (this.json.has(key)) return { [MARK]: key } as unknown as ExecutionResult;
    let pending = this.results.get(key);
    if (!pending) {
      this.executions++;
      pending = Promise.resolve(execute({ ...args, rootValue: event })).then((result) => {
        if (!result.errors) this.json.set(key, JSON.stringify(result));
        return result;
      });
      this.results.set(key, pending);
      setTimeout(() => {
        this.results.delete(key);
        this.json.delete(key);
      }, TTL_MS).unref();
    }
    const result = await pending;
    // A result with errors is not shared: each subscriber gets it through the normal (masking) path.
    return this.json.has(key) ? ({ [MARK]: key } as unknown as ExecutionResult) : result;
  }

  /** Swaps the marker in an outgoing message for the cached result's JSON (one string concatenation). */
  expand(data: string): string {
    const at = data.indexOf(MARK_PREFIX);
    if (at < 0) return data;
    const end = data.indexOf('"}', at + MARK_PREFIX.length);
    const cached = this.json.get(data.slice(at + MARK_PREFIX.length, end));
    return cached === undefined ? data : data.slice(0, at) + cached + data.slice(end + 2);
  }
}
