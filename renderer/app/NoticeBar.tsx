import { notify } from '../store/actions';
import { useStore } from '../store/store';

const CLASS = { info: 'alert-info', success: 'alert-success', warning: 'alert-warning', error: 'alert-danger' } as const;

/** The last message for the officer: results of saving, opening, and errors with what to do. */
export function NoticeBar() {
  const notice = useStore((s) => s.notice);
  if (!notice) return null;
  return (
    <div className={`alert ${CLASS[notice.kind]} notice${notice.actions?.length ? ' notice-choice' : ''} m-0 d-flex justify-content-between align-items-start`} role={notice.kind === 'error' || notice.actions?.length ? 'alert' : 'status'}>
      <span data-testid="avviso-app">{notice.text}</span>
      <span className="d-flex gap-2 ms-3">
        {notice.actions?.map((a, i) => (
          // The first choice takes the focus: the officer answers from the keyboard.
          <button key={a.label} type="button" className="btn btn-sm btn-primary" autoFocus={i === 0} onClick={() => { notify(null); a.run(); }}>{a.label}</button>
        ))}
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => notify(null)}>{notice.actions?.length ? 'Annulla' : 'Chiudi'}</button>
      </span>
    </div>
  );
}
