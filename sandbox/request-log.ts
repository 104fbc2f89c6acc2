import type { IncomingMessage, ServerResponse } from 'node:http';

/** One API request as the sandbox saw it. The token itself is never kept. */
export interface RecordedRequest {
  method: string;
  /** Path and query string. */
  path: string;
  /** Real time the request arrived (epoch ms). */
  time: number;
  hasAuthorization: boolean;
  /** Whether the Authorization header carried the sandbox's token. */
  authorized: boolean;
  hasCookie: boolean;
  accept: string | null;
  /** The status sent, or null while unanswered (or never answered: a hang, a reset). */
  status: number | null;
}

export interface RequestLog {
  record(req: IncomingMessage, res: ServerResponse, authorized: boolean): RecordedRequest;
  list(): RecordedRequest[];
  clear(): void;
}

const MAX_RECORDED = 1_000;

/** Keeps the last 1,000 API requests, oldest first. */
export function createRequestLog(realNow: () => number = Date.now): RequestLog {
  let entries: RecordedRequest[] = [];
  return {
    record(req, res, authorized) {
      const entry: RecordedRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        time: realNow(),
        hasAuthorization: req.headers.authorization !== undefined,
        authorized,
        hasCookie: req.headers.cookie !== undefined,
        accept: req.headers.accept ?? null,
        status: null,
      };
      res.on('finish', () => {
        entry.status = res.statusCode;
      });
      entries.push(entry);
      if (entries.length > MAX_RECORDED) entries = entries.slice(-MAX_RECORDED);
      return entry;
    },
    list: () => entries.map((entry) => ({ ...entry })),
    clear() {
      entries = [];
    },
  };
}
