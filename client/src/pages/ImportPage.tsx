import { useMemo } from 'react';
import { Link } from 'react-router';
import { Card } from '../components/ui/Card.tsx';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { useEditableIndicators } from '../features/data-entry/use-editable-indicators.ts';
import { ImportForm } from '../features/import/ImportForm.tsx';
import { ImportProgress } from '../features/import/ImportProgress.tsx';
import { ImportReportView } from '../features/import/ImportReportView.tsx';
import { TabnetHelp } from '../features/import/TabnetHelp.tsx';
import { TemplateHelp } from '../features/import/TemplateHelp.tsx';
import { importErrorMessage, useImportRun } from '../features/import/use-import-job.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';

export function ImportPage() {
  usePageTitle('Importar valores');
  const editable = useEditableIndicators();
  const { upload, job } = useImportRun();
  const request = upload.variables;
  const indicators = useMemo(
    () => new Map(editable.indicators.map((indicator) => [indicator.code, indicator])),
    [editable.indicators],
  );
  const municipalIndicators = useMemo(
    () => editable.indicators.filter((indicator) => indicator.dataLevel === 'municipality'),
    [editable.indicators],
  );
  const isRunning = upload.isPending || job.data?.status === 'running';

  function apply(justification: string) {
    if (request) upload.mutate({ ...request, isApply: true, justification });
  }

  return (
    <>
      <div className="page-heading">
        <h1>Importar valores</h1>
        <p className="page-heading__lead">
          Envie um arquivo no modelo do painel ou uma exportação do TabNet. Primeiro o painel mostra o que
          mudaria e os problemas encontrados, sem gravar nada; depois você aplica. Para poucos valores, use a{' '}
          <Link to="/digitar">digitação</Link>.
        </p>
      </div>
      {editable.error ? (
        <PageError error={editable.error} what="a lista de indicadores" />
      ) : (
        !editable.isPending &&
        editable.indicators.length === 0 && (
          <p className="note">
            Seu perfil não permite importar valores: a importação é feita pela coordenadoria responsável por
            cada indicador ou pela Superintendência.
          </p>
        )
      )}
      {(editable.isPending || editable.indicators.length > 0) && (
        <div className="import-layout">
          <Card title="Arquivo">
            <ImportForm
              indicators={municipalIndicators}
              isBusy={isRunning}
              onPreview={(next) => upload.mutate(next)}
              onChange={() => {
                if (!isRunning) upload.reset();
              }}
            />
          </Card>
          <div>
            <TemplateHelp />
            <TabnetHelp />
          </div>
        </div>
      )}
      {upload.isPending || (upload.isSuccess && job.isPending) ? (
        <p className="loading" role="status">
          <span className="loading__spinner" aria-hidden="true" />
          Enviando {request?.file.name ?? 'o arquivo'}…
        </p>
      ) : upload.isError ? (
        <ErrorMessage title="O arquivo não foi aceito" message={importErrorMessage(upload.error)} />
      ) : job.isError ? (
        <ErrorMessage
          title="Não foi possível acompanhar a importação"
          message={importErrorMessage(job.error)}
        />
      ) : job.data?.status === 'running' ? (
        <ImportProgress job={job.data} fileName={request?.file.name ?? ''} />
      ) : job.data?.status === 'failed' ? (
        <ErrorMessage
          title="A importação falhou"
          message={job.data.error ?? 'A importação falhou por um erro interno; nada foi gravado.'}
        />
      ) : job.data?.report ? (
        <ImportReportView
          report={job.data.report}
          indicators={indicators}
          isApplying={isRunning}
          onApply={apply}
          onRestart={() => upload.reset()}
        />
      ) : null}
    </>
  );
}
