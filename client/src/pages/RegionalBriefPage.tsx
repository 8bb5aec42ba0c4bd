import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { PrintSheet } from '../components/ui/PrintSheet.tsx';
import { BriefDocument } from '../features/brief/BriefDocument.tsx';
import { useYearParam } from '../features/period/use-year-param.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { errorMessage } from '../lib/errors.ts';
import { useTRPC } from '../lib/trpc.ts';
import { territoryPath, YEAR_PARAM } from '../lib/url.ts';

/** The printable regional brief, outside the app's layout: a toolbar (not printed) and one A4 page. */
export function RegionalBriefPage() {
  const { code = '' } = useParams();
  const { year, input } = useYearParam();
  const trpc = useTRPC();
  const brief = useQuery(trpc.territory.brief.queryOptions({ code, year: input }));
  usePageTitle(brief.data ? `Resumo regional — ${brief.data.territory.name}` : 'Resumo regional');
  const back = territoryPath(code, { [YEAR_PARAM]: year });

  return (
    <PrintSheet
      name="Resumo regional"
      isReady={brief.isSuccess}
      back={{ to: back, label: 'Voltar ao território' }}
      hint="Uma página A4. Na janela de impressão, escolha “Salvar como PDF” para gerar o arquivo."
    >
      {brief.isError ? (
        <ErrorMessage
          isPageTitle
          title="Não foi possível montar o resumo"
          message={errorMessage(brief.error)}
        >
          <p>
            <Link to={back}>Voltar ao território</Link>
          </p>
        </ErrorMessage>
      ) : brief.isPending ? (
        <Loading what="o resumo regional" />
      ) : (
        <BriefDocument data={brief.data} />
      )}
    </PrintSheet>
  );
}
