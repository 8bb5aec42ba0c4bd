import { StatusLegend } from '../../components/ui/StatusLegend.tsx';

/** The statuses, and what the matrix's own marks mean (on screen and on paper alike). */
export function MatrixLegend() {
  return (
    <StatusLegend>
      {' '}
      “*”: ano parcial, contado até o último mês enviado (o indicador, ao abrir a célula, diz até quando). “Só
      estado”: indicador registrado apenas para Mato Grosso.
    </StatusLegend>
  );
}
