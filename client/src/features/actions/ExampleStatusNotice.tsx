import { ExampleDataBanner } from '../../components/ui/ExampleDataBanner.tsx';
import { ExampleRecordTag } from './ActionFlags.tsx';
import { hasExampleStatus } from './example-status.ts';

/** Above a view of the plan when any action shown takes its status from an example record. */
export function ExampleStatusNotice({
  actions,
}: {
  actions: readonly { lastRecord: { isExample: boolean } | null }[];
}) {
  if (!hasExampleStatus(actions)) return null;
  return (
    <ExampleDataBanner>
      Situações vindas de registros de exemplo (dados de demonstração): nas ações marcadas{' '}
      <ExampleRecordTag />, o último registro de monitoramento foi gerado para demonstração do painel e não é
      oficial.
    </ExampleDataBanner>
  );
}
