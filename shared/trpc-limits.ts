/**
 * Limits of one tRPC request, shared so the client's batch link never sends what the server refuses
 * (the client splits a larger batch into several requests).
 */
export const TRPC_MAX_BATCH = 25;
export const TRPC_MAX_BODY_BYTES = 2 * 1024 * 1024;
