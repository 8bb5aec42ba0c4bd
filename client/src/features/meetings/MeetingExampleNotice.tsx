import { ExampleDataBanner } from '../../components/ui/ExampleDataBanner.tsx';

/** Said above a meeting whose items include example data (demonstration history, not official). */
export function MeetingExampleNotice() {
  return (
    <ExampleDataBanner>
      Parte do que aparece nesta reunião — indicadores, registros de monitoramento, pautas ou deliberações
      marcados como <span className="tag tag--neutral">exemplo</span> — foi gerada para demonstração do painel
      e não é dado oficial.
    </ExampleDataBanner>
  );
}
