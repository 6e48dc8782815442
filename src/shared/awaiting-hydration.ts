/**
 * Elements whose render root holds server-rendered DOM that nothing has
 * hydrated yet. The hydration support (src/hydration/support.ts) adds them;
 * MsElement reads it to adopt an identical element's server DOM as a copy
 * rather than hydrate it. Empty on a page without that support, so elements
 * there never take the path.
 */
export const awaitingHydration = new WeakSet<Element>();
