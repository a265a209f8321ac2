/** Pointers by the DOM id of their input, as fields are drawn: a field left by the officer is found by its id. */
const pointers = new Map<string, string>();

/** The DOM id of the input of a field: jump-to-field and labels use it. */
export function fieldDomId(pointer: string): string {
  const id = `campo${pointer.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  pointers.set(id, pointer);
  return id;
}

/** The pointer of the field an element belongs to (its input, or one option of a group of checkboxes). */
export function pointerOfElement(el: Element | null): string | null {
  for (let node = el; node && node !== document.body; node = node.parentElement) {
    const p = node.id ? pointers.get(node.id) ?? pointers.get(node.id.replace(/-[^-]*$/, '')) : undefined;
    if (p) return p;
  }
  return null;
}
