/**
 * Every change an officer can make to the proposal, one file per operation: a typed handler map in
 * the style of Actual Budget's loot-core. The editor (and anything else) changes the document only
 * through `applyAction`, so a wrong payload is a compile error and every rule of a change lives here.
 */
import type { Proposal } from '../generated/types';
import { addFile } from './allegati/add-file';
import { mergeReply } from './aggregazione/merge-reply';
import { recordRequest, recordRequests } from './aggregazione/record-request';
import { importRows } from './dati/import-rows';
import { addLine } from './budget/add-line';
import { setNetAmount } from './budget/set-net-amount';
import { setVatRate } from './budget/set-vat-rate';
import { answerQuestion } from './conformita/answer';
import { setHowMet } from './conformita/set-how-met';
import { insertOutline } from './conformita/insert-outline';
import { moveActivity, shiftActivity } from './cronoprogramma/move';
import { addComune } from './ente/add-comune';
import { changeKind } from './ente/change-kind';
import { pickComune } from './ente/pick-comune';
import { pickEnteSovracomunale } from './ente/pick-ente-sovracomunale';
import { setField } from './fields/set';
import { addRow } from './rows/add';
import { duplicateRow } from './rows/duplicate';
import { moveRow } from './rows/move';
import { removeRow } from './rows/remove';
import type { ActionHandler, ActionResult } from './types';

export const ACTIONS = {
  'fields/set': setField,
  'rows/add': addRow,
  'rows/remove': removeRow,
  'rows/move': moveRow,
  'rows/duplicate': duplicateRow,
  'ente/change-kind': changeKind,
  'ente/pick-comune': pickComune,
  'ente/add-comune': addComune,
  'ente/pick-ente-sovracomunale': pickEnteSovracomunale,
  'budget/add-line': addLine,
  'budget/set-net-amount': setNetAmount,
  'budget/set-vat-rate': setVatRate,
  'cronoprogramma/move': moveActivity,
  'cronoprogramma/shift': shiftActivity,
  'dati/import-rows': importRows,
  'allegati/add-file': addFile,
  'conformita/answer': answerQuestion,
  'conformita/set-how-met': setHowMet,
  'conformita/insert-outline': insertOutline,
  'aggregazione/record-request': recordRequest,
  'aggregazione/record-requests': recordRequests,
  'aggregazione/merge-reply': mergeReply,
} as const satisfies Record<string, ActionHandler<never>>;

export type ActionType = keyof typeof ACTIONS;
export type PayloadOf<T extends ActionType> = Parameters<(typeof ACTIONS)[T]>[1];

/** An action as data: its type and its payload, e.g. `{ type: 'budget/set-vat-rate', index: 3, rate: 10 }`. */
export type Action = { [T in ActionType]: { readonly type: T } & PayloadOf<T> }[ActionType];

/** Applies an action. Pure and total: an action that does not fit the document changes nothing. */
export function applyAction(doc: Proposal, action: Action): ActionResult {
  const { type, ...payload } = action;
  return (ACTIONS[type] as ActionHandler<typeof payload>)(doc, payload);
}

export type { ActionResult, History } from './types';
