/** A fake `fetch` for client tests: records each call and answers from `respond`. */
export interface RecordedCall {
  url: string;
  init: RequestInit;
}

export const TOKEN = 'tok_test_9f8e7d6c5b4a3210';
export const ORIGIN = 'https://api.example.test';

export function stubFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: RecordedCall[] = [];
  const fn = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    return respond(url, init);
  }) as typeof fetch;
  return { fn, calls };
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A body that sends `first` and then never another byte; `onCancel` runs when the reader gives up. */
export function stallingBody(first: string, onCancel: () => void = () => undefined): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first));
    },
    cancel: onCancel,
  });
}
