import { Card } from '../../components/ui/Card.tsx';
import { TEMPLATE_COLUMNS, TEMPLATE_EXAMPLE_LINE, templateCsv } from './import-report.ts';

/** A data: address needs no clean-up, unlike an object URL, and works with `download`. */
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv())}`;

/** What the panel's template holds, with a copy to fill in. */
export function TemplateHelp() {
  return (
    <Card
      title="Modelo do painel"
      actions={
        <a
          className="button button--secondary"
          href={TEMPLATE_HREF}
          download="modelo-importacao-painel-sas.csv"
        >
          <span aria-hidden="true">{'↓\u00a0'}</span>Baixar modelo
        </a>
      }
    >
      <p>
        Uma linha por indicador, município e período, com as colunas{' '}
        <code className="import-help__columns">{TEMPLATE_COLUMNS.join(';')}</code>:
      </p>
      <ul className="import-help">
        <li>
          <strong>indicador</strong>: o código do indicador no plano (713, 731, 719…);
        </li>
        <li>
          <strong>ibge</strong>: o código IBGE do município, com 6 ou 7 algarismos (510340 ou 5103403);
        </li>
        <li>
          <strong>periodo</strong>: AAAA-MM para o mês (2025-03) ou AAAA para o ano inteiro (2025) — nos
          indicadores mensais, o ano inteiro só para anos já encerrados; nenhum período depois do mês em
          curso;
        </li>
        <li>
          <strong>numerador</strong> e <strong>denominador</strong>: números com vírgula para decimais
          (1.234,5); deixe o denominador vazio nos indicadores de contagem.
        </li>
      </ul>
      <p>Exemplo de linha:</p>
      <pre className="import-help__example">
        <code>{TEMPLATE_EXAMPLE_LINE}</code>
      </pre>
      <p className="note">
        A importação é tudo ou nada: se uma linha tiver problema, nada é gravado e o relatório aponta a linha
        e a coluna. Valores iguais aos já gravados ficam como estão.
      </p>
    </Card>
  );
}
