import type { ReactNode } from 'react';

interface ChoiceProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly options: Readonly<Record<string, string>>;
  onChange(value: string): void;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  readonly messages: ReactNode;
}

/** One value from a list: the labels are Italian, the values stay codes in the document. */
export function ChoiceField({ id, label, value, options, onChange, describedBy, invalid, messages }: ChoiceProps) {
  return (
    <div className="field">
      <label htmlFor={id} className="form-label">{label}</label>
      <select id={id} className={`form-select ${invalid ? 'is-invalid' : ''}`} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy}>
        {!(value in options) && <option value={value}>{value === '' ? '— scegli —' : value}</option>}
        {Object.entries(options).map(([v, l]) => <option key={v} value={v}>{v === '' ? '— scegli —' : l}</option>)}
      </select>
      {messages}
    </div>
  );
}

interface ChoicesProps {
  readonly id: string;
  readonly label: string;
  readonly value: readonly string[];
  readonly options: Readonly<Record<string, string>>;
  onChange(value: string[]): void;
  readonly messages: ReactNode;
}

/** Several values from a list, as checkboxes, kept in the list's order. */
export function ChoicesField({ id, label, value, options, onChange, messages }: ChoicesProps) {
  const keys = Object.keys(options);
  const toggle = (k: string, on: boolean) => onChange(keys.filter((x) => (x === k ? on : value.includes(x))));
  return (
    <fieldset className="field">
      <legend className="form-label fs-6">{label}</legend>
      {keys.map((k) => (
        <div key={k} className="form-check">
          <input id={`${id}-${k}`} type="checkbox" className="form-check-input" checked={value.includes(k)} onChange={(e) => toggle(k, e.target.checked)} />
          <label htmlFor={`${id}-${k}`} className="form-check-label">{options[k]}</label>
        </div>
      ))}
      {messages}
    </fieldset>
  );
}
