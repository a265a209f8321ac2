import type { FieldMessage } from './field-issues';

/** The Italian messages beside a field, referenced by its aria-describedby. */
export function Messages({ id, messages }: { id: string; messages: FieldMessage[] }) {
  if (messages.length === 0) return null;
  return (
    <div id={id} className="field-messages">
      {messages.map((m, i) => (
        <p key={i} className={m.severity === 'errore' ? 'field-error' : 'field-warning'}>
          <span className="visually-hidden">{m.severity === 'errore' ? 'Errore: ' : 'Avviso: '}</span>
          {m.text}
        </p>
      ))}
    </div>
  );
}
