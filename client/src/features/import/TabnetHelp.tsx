import { Card } from '../../components/ui/Card.tsx';

/** What a TabNet download must look like, and what the panel does with it (README, "Importação"). */
export function TabnetHelp() {
  return (
    <Card title="Exportação do TabNet">
      <ul className="import-help">
        <li>
          No TabNet, <strong>Município</strong> em Linha e o período em Coluna (<strong>Ano</strong>,{' '}
          <strong>Ano/mês</strong> ou <strong>Mês</strong> de um único ano), depois “Copia como .CSV”.
        </li>
        <li>
          Anos nas colunas de um indicador mensal entram como <strong>valor do ano inteiro</strong>, só para
          anos já encerrados; o ano em curso vai por mês. Numerador e denominador de um ano vêm da mesma
          forma.
        </li>
        <li>
          A linha <strong>Total</strong> é conferida com a soma das linhas: um arquivo cortado é recusado.
        </li>
        <li>
          Linhas sem município (“Município ignorado - MT”) não entram em nenhum território; município de MT
          que não aparece no arquivo do estado inteiro entra com 0.
        </li>
        <li>
          Onde buscar cada indicador: o quadro <strong>Como atualizar</strong> na página do indicador.
        </li>
      </ul>
    </Card>
  );
}
