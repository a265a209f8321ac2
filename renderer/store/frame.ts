/**
 * Runs `run` in the task after the next frame, once that frame has been painted: what the officer must
 * see first (a keystroke, the rows on screen) is drawn before the work that can wait. Returns a cancel.
 */
export function afterNextFrame(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => { timer = setTimeout(run, 0); });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
