/** Syntax check of PEC addresses, which are ordinary e-mail addresses. */

const MAX_ADDRESS_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/;
const TLD = /^[A-Za-z]{2,}$/;

/**
 * Tells whether `value` is a syntactically valid e-mail address of the form
 * `local@domain.tld` (no spaces, at least one dot in the domain, a
 * top-level domain of 2+ letters, at most 254 characters). Surrounding
 * spaces are ignored. Whether the mailbox is actually a PEC is not checked.
 */
export function checkPec(value: string): boolean {
  const address = value.trim();
  if (address.length > MAX_ADDRESS_LENGTH) return false;
  const at = address.lastIndexOf('@');
  if (at < 1) return false;
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  if (local.length > MAX_LOCAL_LENGTH || !LOCAL_PART.test(local)) return false;
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return false;
  return TLD.test(labels[labels.length - 1] ?? '');
}
