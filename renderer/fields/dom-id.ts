/** The DOM id of the input of a field: jump-to-field and labels use it. */
export const fieldDomId = (pointer: string): string => `campo${pointer.replace(/[^a-zA-Z0-9]+/g, '-')}`;
