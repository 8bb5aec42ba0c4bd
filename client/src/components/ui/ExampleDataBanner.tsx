export function ExampleDataBanner() {
  return (
    <aside className="example-banner" aria-label="Aviso sobre os dados">
      <strong>Dados de exemplo.</strong> Os valores desta página foram gerados para demonstração do painel e
      não são dados oficiais. Um número aparece como <span className="tag tag--info">dado real</span> só
      quando todos os valores que o compõem são reais.
    </aside>
  );
}
