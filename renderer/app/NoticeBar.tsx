import { notify } from '../store/actions';
import { useStore } from '../store/store';

const CLASS = { info: 'alert-info', success: 'alert-success', warning: 'alert-warning', error: 'alert-danger' } as const;

/** The last message for the officer: results of saving, opening, and errors with what to do. */
export function NoticeBar() {
  const notice = useStore((s) => s.notice);
  if (!notice) return null;
  return (
    <div className={`alert ${CLASS[notice.kind]} notice m-0 d-flex justify-content-between align-items-start`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span data-testid="avviso-app">{notice.text}</span>
      <button type="button" className="btn btn-sm btn-outline-secondary ms-3" onClick={() => notify(null)}>Chiudi</button>
    </div>
  );
}
