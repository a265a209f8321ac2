import { defaultCallProfile, submissionWindow, timeLeftPhrase } from '../../core';

/** The call's submission window, always in view: the procedure is first come, first served. */
export function DeadlineBanner() {
  const w = submissionWindow(defaultCallProfile(), new Date());
  if (w.stato === 'sconosciuta') return null;
  const where = w.portale ? ` sul portale ${w.portale}` : '';
  const order = w.sportello ? ' Le proposte sono valutate in ordine di arrivo: presentare prima conta.' : '';
  const [kind, text] =
    w.stato === 'chiusa' ? ['closed', `La presentazione si è chiusa il ${w.chiude}.`]
      : w.stato === 'non-aperta' ? ['info', `La presentazione apre il ${w.apre}${where} e si chiude il ${w.chiude}.${order}`]
        : [w.urgente ? 'urgent' : 'info', `Presentazione${w.sportello ? ' a sportello' : ''}${where}: si chiude il ${w.chiude}, ${timeLeftPhrase(w.giorniRimasti)}.${order}`];
  return <p className={`deadline deadline-${kind} m-0`} data-testid="scadenza">{text}</p>;
}
