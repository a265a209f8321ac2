import type { CallProfile } from '../generated/types';
import { formatLocal, zonedTimeToInstant } from '../profile/rome-time';

/** A warning starts this many days before the window closes. */
export const CLOSING_SOON_DAYS = 14;
const DAY_MS = 86_400_000;

/** Where the call's submission window stands at a moment (Europe/Rome times from the call profile). */
export type SubmissionWindow =
  | { readonly stato: 'sconosciuta' }
  | {
      readonly stato: 'non-aperta' | 'aperta' | 'chiusa';
      /** "11/11/2025 alle 12:00". */
      readonly apre: string;
      readonly chiude: string;
      readonly portale: string | null;
      /** "A sportello": proposals are evaluated in order of arrival. */
      readonly sportello: boolean;
      /** Whole days left before closing (0 in its last 24 hours). */
      readonly giorniRimasti: number;
      /** Open, and closing within CLOSING_SOON_DAYS. */
      readonly urgente: boolean;
    };

/** The submission window of the call at `now`: the banner of the editor and the window rule read it. */
export function submissionWindow(profile: CallProfile, now: Date): SubmissionWindow {
  const { apertura, chiusura, fusoOrario, portale } = profile.presentazione;
  if (apertura === null || chiusura === null) return { stato: 'sconosciuta' };
  const opens = zonedTimeToInstant(apertura, fusoOrario).getTime();
  const closes = zonedTimeToInstant(chiusura, fusoOrario).getTime();
  const t = now.getTime();
  const daysLeft = (closes - t) / DAY_MS;
  const stato = t >= closes ? 'chiusa' : t < opens ? 'non-aperta' : 'aperta';
  return {
    stato,
    apre: formatLocal(apertura),
    chiude: formatLocal(chiusura),
    portale: portale || null,
    sportello: profile.procedura === 'sportello',
    giorniRimasti: stato === 'chiusa' ? 0 : Math.max(0, Math.floor(daysLeft)),
    urgente: stato === 'aperta' && daysLeft <= CLOSING_SOON_DAYS,
  };
}

/** "mancano 12 giorni", "manca 1 giorno", "meno di un giorno": the time left, in words. */
export function timeLeftPhrase(days: number): string {
  return days === 0 ? 'meno di un giorno' : days === 1 ? 'manca 1 giorno' : `mancano ${days} giorni`;
}
