/**
 * The result of a save, kept in view (sticky) while the admin is deep in the tree or the table. The
 * live region is always in the page (it must exist before it speaks); the admin can close the notice.
 */
export function Notice({ text, onClose }: { text: string; onClose: () => void }) {
  return (
    <div className="plan-notice" role="status">
      {text && (
        <p className="form-success plan-notice__text">
          <span>{text}</span>
          <button type="button" className="button button--secondary button--small" onClick={onClose}>
            Fechar aviso
          </button>
        </p>
      )}
    </div>
  );
}
