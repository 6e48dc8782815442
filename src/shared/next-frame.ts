import { nextTask } from './next-task.js';

/**
 * When no frame comes this long after asking, in ms, the callback runs
 * anyway: an iframe out of view that the browser does not render gets no
 * frames, and a loaded machine's can come late (WebKit's came up to half
 * a second late while the test suite ran in three browsers).
 */
const NO_FRAME_MS = 100;

/**
 * Runs `callback` once, with the next frame's animation callbacks: after the
 * tasks before it, and before that frame's style, layout and paint, so what
 * it renders is in the frame. A hidden page paints nothing: there it runs in
 * the next task.
 */
export function inNextFrame(callback: () => void): void {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    callback();
  };
  if (document.visibilityState === 'hidden') return nextTask(once);
  requestAnimationFrame(once);
  setTimeout(once, NO_FRAME_MS);
}
