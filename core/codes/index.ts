/** Validators of the identification codes entered in a proposal. */
export { checkCodiceFiscale, type CodeCheck } from './codice-fiscale';
export { checkCup, type CupCheck } from './cup';
export { checkCodiceIpa } from './ipa';
export { checkPec } from './pec';
