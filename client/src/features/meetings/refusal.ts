import { errorCode, errorMessage } from '../../lib/errors.ts';

/** A save refused because the meeting was closed meanwhile: the form is gone, so the page says it. */
export type Refusal = { title: string; message: string; typed: string };

/**
 * For a form's failed save. Only a meeting closed meanwhile (UNPROCESSABLE_CONTENT, HTTP 422) takes the
 * form away with the refreshed page; other refusals (conflict, forbidden) stay next to the form.
 */
export function refusalOf(error: unknown, title: string, typed: string): Refusal | null {
  if (errorCode(error) !== 'UNPROCESSABLE_CONTENT') return null;
  return { title, message: errorMessage(error), typed };
}
