/**
 * tRPC reads whose answer is the same for every signed-in reader and depends only on the data and
 * the day (no user scope, no per-user field). The server keeps their answers as sent, per data
 * revision (server/http/shared-answers.ts); the client sends them outside batches, so the same
 * address is asked again and again.
 */
export const SHARED_ANSWER_PROCEDURES: ReadonlySet<string> = new Set(['scorecard.state']);
