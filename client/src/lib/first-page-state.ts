/**
 * The data the server read to render the first page, handed to the browser inside that page so the
 * client starts with it instead of asking again. It travels as a JSON data block, which the CSP
 * allows (no inline script runs).
 */
import type { DehydratedState } from '@tanstack/react-query';

const ELEMENT_ID = 'dados-da-primeira-pagina';

/** What the browser logs when it could not take over the server's page as drawn. */
export const HYDRATION_FAILED = 'Falha de hidratação: a página do servidor foi redesenhada no navegador.';

/** The data block for the page: `<` is escaped so no text in the data can close the element. */
export function firstPageStateElement(state: DehydratedState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${ELEMENT_ID}">${json}</script>`;
}

/** What the server rendered the page with, or null when it sent the bare app. */
export function readFirstPageState(): DehydratedState | null {
  const element = document.getElementById(ELEMENT_ID);
  return element?.textContent ? (JSON.parse(element.textContent) as DehydratedState) : null;
}
