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
  async subscribe(args: ExecutionArgs, operationKey: string | undefined): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source as ExecutionResult;
    return this.map(source as AsyncIterable<GroupedEvent>, args, operationKey);
  }

  private async *map(source: AsyncIterable<GroupedEvent>, args: ExecutionArgs, operationKey: string | undefined): AsyncGenerator<ExecutionResult> {
    for await (const event of source) {
      if (!operationKey || typeof event.seq !== 'number') {
        yield await execute({ ...args, rootValue: event });
        continue;
      }
      const key = `${operationKey}.${event.__shareKey ?? `${event.__typename}.${event.seq}`}`;
      let pending = this.results.get(key);
      if (!pending) {
        pending = this.execute(args, event).then((result) => {
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
      this.deliveries++;
      // A result with errors is not shared: each subscriber gets it through the normal (masking) path.
      yield this.json.has(key) ? ({ [MARK]: key } as unknown as ExecutionResult) : result;
    }
  }

  private async execute(args: ExecutionArgs, event: unknown): Promise<ExecutionResult> {
    this.executions++;
    return execute({ ...args, rootValue: event });
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
