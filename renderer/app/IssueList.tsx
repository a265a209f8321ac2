import { fieldPath, isSectionId, quotedField, SECTION_TITLES, SEVERITY_LABEL, type Issue } from '../../core';
import { goTo } from '../store/actions';
import { issuesBySection } from './step-status';

/**
 * The message as it reads after the link to its field: a message that opens with the field's name in
 * quotes (as the schema's do) goes on from the link, so that the name is not written twice.
 */
function afterFieldLink(message: string, pointer: string): string {
  const head = `${quotedField(pointer)} `;
  return message.startsWith(head) ? message.slice(head.length) : message;
}

/** Issues grouped by section, each a link to its field. */
export function IssueList({ issues, headingLevel = 2, onJump }: { issues: readonly Issue[]; headingLevel?: 2 | 3; onJump?: () => void }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {[...issuesBySection(issues)].map(([id, list]) => (
        <section key={id} aria-labelledby={`problemi-${headingLevel}-${id}`}>
          <H id={`problemi-${headingLevel}-${id}`} className="h5">{isSectionId(id) ? SECTION_TITLES[id] : 'Proposta'} ({list.length})</H>
          <ul>
            {list.map((i, n) => (
              <li key={`${i.code}-${i.pointer}-${n}`} className={`issue issue-${i.severity}`}>
                <span className="fw-semibold">{SEVERITY_LABEL[i.severity]}:</span>{' '}
                {isSectionId(id) && (
                  <button type="button" className="btn btn-link p-0 align-baseline text-start" onClick={() => { onJump?.(); goTo(id, i.pointer); }}>
                    {fieldPath(i.pointer)}
                  </button>
                )}{' '}
                {isSectionId(id) ? afterFieldLink(i.message, i.pointer) : i.message}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
