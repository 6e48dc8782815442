/** A problem the user can fix (a missing file, a bad path): reported without a stack trace, and the run stops. */
export class UsageError extends Error {}

/**
 * One page the CLI will not render (it cannot write it back faithfully, or
 * the renderer failed on it). The message says why; the run goes on with
 * the other pages and exits 1 at the end.
 */
export class NotRendered extends Error {}
