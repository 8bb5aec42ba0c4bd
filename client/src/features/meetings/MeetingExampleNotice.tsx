/** Said above a meeting whose items include example data (demonstration history, not official). */
export function MeetingExampleNotice() {
  return (
    <aside className="example-banner" aria-label="Aviso sobre os dados">
      <strong>Dados de exemplo.</strong> Parte do que aparece nesta reunião — indicadores, registros de
      monitoramento, pautas ou deliberações marcados como <span className="tag tag--neutral">exemplo</span> —
      foi gerada para demonstração do painel e não é dado oficial.
    </aside>
  );
}
