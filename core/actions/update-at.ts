import { segmentsOf } from '../validation/pointer';

type Json = unknown;

/**
 * A copy of `root` where the value at `pointer` is replaced by `fn(old)`, sharing every untouched
 * branch. A pointer that does not lead to an existing container leaves `root` as it is: commands
 * never throw.
 */
export function updateAt(root: Json, pointer: string, fn: (old: Json) => Json): Json {
  const segs = segmentsOf(pointer);
  const go = (node: Json, i: number): Json => {
    if (i === segs.length) return fn(node);
    const seg = segs[i] as string;
    if (Array.isArray(node)) {
      const idx = Number(seg);
      if (!/^\d+$/.test(seg) || idx >= node.length) return node;
      const next = go(node[idx], i + 1);
      if (next === node[idx]) return node;
      const copy = node.slice();
      copy[idx] = next;
      return copy;
    }
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, seg)) return node;
    const obj = node as Record<string, Json>;
    const next = go(obj[seg], i + 1);
    return next === obj[seg] ? node : { ...obj, [seg]: next };
  };
  return go(root, 0);
}
