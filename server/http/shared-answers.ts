/**
 * The answers of SHARED_ANSWER_PROCEDURES (the same for every signed-in reader) kept as the bytes
 * sent, compressed once, next to the figures they carry (figure-cache: per data revision and day).
 * A repeated read costs the session check, which brings the data's revision (session-check.ts): no
 * tRPC, no JSON, no zlib. The first read of a revision goes through tRPC as any other, which also
 * decides who may read it; only a 200 is kept.
 */
import zlib from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';
import { SHARED_ANSWER_PROCEDURES } from '../../shared/shared-answers.ts';
import type { Db } from '../db/client.ts';
import { keptForNow } from '../services/figure-cache.ts';
import { authOf } from './authenticate.ts';

type Encoding = 'br' | 'gzip' | 'identity';

/** The JSON as tRPC sent it, and its compressed forms as readers ask for them. */
type SharedAnswer = { json: Buffer; encoded: Map<Encoding, Buffer> };

// Below this, compressing costs more than it saves (the compression middleware's own threshold).
const COMPRESS_FROM_BYTES = 1024;

function encode(answer: SharedAnswer, encoding: Encoding): Buffer {
  if (encoding === 'identity' || answer.json.length < COMPRESS_FROM_BYTES) return answer.json;
  let encoded = answer.encoded.get(encoding);
  if (!encoded) {
    encoded =
      encoding === 'br'
        ? zlib.brotliCompressSync(answer.json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })
        : zlib.gzipSync(answer.json);
    answer.encoded.set(encoding, encoded);
  }
  return encoded;
}

function send(response: Response, answer: SharedAnswer, encoding: Encoding): void {
  const body = encode(answer, encoding);
  response.status(200).set({ 'Content-Type': 'application/json', Vary: 'Accept-Encoding' });
  if (body !== answer.json) response.set('Content-Encoding', encoding);
  response.end(body);
}

/**
 * Calls `keep` with the body tRPC wrote, once the whole answer has gone out with status 200. A
 * reader who leaves mid-answer (a reload) can make tRPC end early: such a body is never kept, or
 * every later reader would get it cut.
 */
function whenAnswered(response: Response, keep: (json: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const collect = (chunk: unknown) => {
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  response.write = ((chunk: unknown, ...rest: never[]) => {
    collect(chunk);
    return write(chunk, ...rest);
  }) as typeof response.write;
  response.end = ((chunk?: unknown, ...rest: never[]) => {
    collect(chunk);
    return end(chunk, ...rest);
  }) as typeof response.end;
  response.once('finish', () => {
    if (response.statusCode !== 200) return;
    const json = Buffer.concat(chunks);
    if (isWholeJson(json)) keep(json);
  });
}

function isWholeJson(json: Buffer): boolean {
  try {
    JSON.parse(json.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

/** Every procedure of a tRPC address (`a.b,c.d` when batched) answers the same for every reader. */
function isSharedCall(path: string): boolean {
  return path
    .slice(1)
    .split(',')
    .every((procedure) => SHARED_ANSWER_PROCEDURES.has(procedure));
}

export function keepSharedAnswers(readDb: Db, now: () => Date) {
  return async (request: Request, response: Response, next: NextFunction) => {
    const auth = authOf(response);
    if (request.method !== 'GET' || auth.kind !== 'user' || !isSharedCall(request.path)) {
      next();
      return;
    }
    const kept = await keptForNow(readDb, now());
    if (!kept) {
      next();
      return;
    }
    const key = `answer ${request.originalUrl}`;
    const encoding = (request.acceptsEncodings('br', 'gzip', 'identity') || 'identity') as Encoding;
    const answer = kept.get(key) as Promise<SharedAnswer> | undefined;
    if (answer) {
      send(response, await answer, encoding);
      return;
    }
    whenAnswered(response, (json) => kept.set(key, Promise.resolve({ json, encoded: new Map() })));
    next();
  };
}
