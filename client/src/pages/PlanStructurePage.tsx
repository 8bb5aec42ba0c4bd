import { Link } from 'react-router';
import { Loading } from '../components/ui/Loading.tsx';
import { AdminPageError } from '../features/admin/AdminPageError.tsx';
import { PlanStructure } from '../features/plan-admin/PlanStructure.tsx';
import { ReviewBanner } from '../features/plan-admin/ReviewBanner.tsx';
import { useDeadlineReview, usePlanTree } from '../features/plan-admin/use-plan-admin.ts';
import { usePageTitle } from '../layout/use-page-title.ts';

export function PlanStructurePage() {
  usePageTitle('Estrutura do plano');
  // The review is admin-only on the server: its refusal is the page's refusal for everybody else.
  const review = useDeadlineReview();
  const tree = usePlanTree();

  return (
    <>
      <div className="page-heading">
        <p className="page-heading__eyebrow">Administração</p>
        <h1>Estrutura do plano</h1>
        <p className="page-heading__lead">
          Objetivos, ações estratégicas e ações operacionais do plano de ação. Corrija textos, responsáveis e
          prazos, acrescente ações e retire do plano as que deixaram de valer: nada é apagado, o histórico
          fica. O acompanhamento mensal de cada ação fica no <Link to="/acoes">Plano de ação</Link>.
        </p>
      </div>
      {review.isError ? (
        <AdminPageError error={review.error} what="a estrutura do plano" />
      ) : tree.isError ? (
        <AdminPageError error={tree.error} what="a estrutura do plano" />
      ) : review.isPending || tree.isPending ? (
        <Loading what="a estrutura do plano" />
      ) : (
        <>
          <ReviewBanner pending={review.data.pending} />
          <PlanStructure tree={tree.data} />
        </>
      )}
    </>
  );
}
