import { stack, type Node } from './layout/nodes';
import type { Role, Tag } from './layout/structure';
import { CONTENT_HEIGHT, CONTENT_WIDTH } from './styles';
import { TEXT, styled } from './text';

/**
 * Room kept under a heading for the first lines of what it introduces, so that a heading never
 * ends a page alone.
 */
const KEEP = 44;
/** Blocks up to this height move whole to the next page rather than split. */
const SMALL = CONTENT_HEIGHT * 0.55;
/** Space above and below captions and subheadings. */
const ABOVE = 10;
const BELOW = 4;

/**
 * A heading (a table or chart caption, a subheading) followed by its block, never separated by a
 * page break.
 *
 * Small blocks (by the caller's estimate of their height) go into one unbreakable stack. For a
 * long block an unbreakable stack would lose every page after the first, so only the heading goes
 * into one, together with `KEEP` points of empty space; the block then starts `KEEP` points higher,
 * in that space, and its first lines (or the header and first row of a table, which
 * `keepWithHeaderRows` keeps together) fit under the heading.
 */
export function keepWithNext(heading: string, style: 'caption' | 'h2', block: Node, estimatedHeight: number, role: Role, group?: Tag): Node {
  const title = { ...styled(heading, TEXT[style], CONTENT_WIDTH, true), tag: { role } };
  const tag = group ? { tag: group } : {};
  if (estimatedHeight <= SMALL) {
    return stack([{ ...title, margin: [0, ABOVE, 0, BELOW] }, block], { unbreakable: true, ...tag });
  }
  return stack([
    stack([{ ...title, margin: [0, ABOVE, 0, BELOW + KEEP] }], { unbreakable: true }),
    stack([block], { margin: [0, -KEEP, 0, 0] }),
  ], tag);
}

/**
 * The caption of a table or chart, kept with it. `group`: the Table or Figure element that holds
 * the caption (a Caption element, its first child) and the block; without it the caption is a P.
 */
export function captioned(caption: string, block: Node, estimatedHeight: number, group?: Tag): Node {
  return keepWithNext(caption, 'caption', block, estimatedHeight, group ? 'Caption' : 'P', group);
}
