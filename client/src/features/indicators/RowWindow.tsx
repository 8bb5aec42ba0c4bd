import { rowWindow } from './figure-format.ts';

/**
 * Under a value in a list of territories: the month it counts up to when it is not the list's usual
 * one, and the month arriving ("nov/2026: 5 de 36"), which does not count yet.
 */
export function RowWindow({
  figure,
  usual,
}: {
  figure: Parameters<typeof rowWindow>[0];
  usual: string | null;
}) {
  const { through, pending } = rowWindow(figure, usual);
  return (
    <>
      {through && <span className="row-window">{through}</span>}
      {pending && (
        <span className="row-window" title="Já enviado por alguns municípios: ainda não entra no valor">
          {pending} chegando
        </span>
      )}
    </>
  );
}
