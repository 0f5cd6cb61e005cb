/**
 * Wraps an async generator that waits on outside signals so that `return()` (a client unsubscribing)
 * ends it at once: the signal wakes it, instead of the return waiting for the generator's next value.
 */
export function abortable<T>(make: (signal: AbortSignal) => AsyncGenerator<T>): AsyncIterableIterator<T> {
  const controller = new AbortController();
  const generator = make(controller.signal);
  const iterator: AsyncIterableIterator<T> = {
    next: () => generator.next(),
    return: async (value?: unknown) => {
      controller.abort();
      return generator.return(value as T);
    },
    throw: async (error?: unknown) => {
      controller.abort();
      return generator.throw(error);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
