import { Link } from 'react-router';
import { Card } from '../components/ui/Card.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { AdminPageError } from '../features/admin/AdminPageError.tsx';
import { DeadlineReviewTable } from '../features/plan-admin/DeadlineReviewTable.tsx';
import { useDeadlineReview } from '../features/plan-admin/use-plan-admin.ts';
import { usePageTitle } from '../layout/use-page-title.ts';

export function DeadlineReviewPage() {
  usePageTitle('Prazos a revisar');
  const review = useDeadlineReview();

  return (
    <>
      <div className="page-heading">
        <p className="page-heading__eyebrow">Administração</p>
        <h1>Prazos a revisar</h1>
        <p className="page-heading__lead">
          Estes prazos estão escritos no plano de um jeito que não pode ser lido como datas (por exemplo,
          “contínuo”), e o painel não adivinha: informe aqui o início e o término de cada um — qualquer dos
          dois pode ficar em branco, e uma ação sem término nunca aparece como atrasada.
        </p>
        <p className="page-heading__context">
          <Link to="/admin/plano">← Estrutura do plano</Link>
        </p>
      </div>
      {review.isError ? (
        <AdminPageError error={review.error} what="os prazos a revisar" />
      ) : review.isPending ? (
        <Loading what="os prazos a revisar" />
      ) : (
        <Card
          title={
            review.data.pending === 0
              ? `Nenhum prazo pendente (${review.data.rows.length} ${review.data.rows.length === 1 ? 'revisado' : 'revisados'})`
              : `${review.data.pending} de ${review.data.rows.length} ${review.data.rows.length === 1 ? 'prazo pendente' : 'prazos pendentes'}`
          }
        >
          {review.data.rows.length === 0 ? (
            <p className="note">Todos os prazos do plano foram lidos como datas. Não há nada a revisar.</p>
          ) : (
            <DeadlineReviewTable rows={review.data.rows} />
          )}
        </Card>
      )}
    </>
  );
}
