/**
 * Story tests fail on any console.error and any uncaught exception or
 * unhandled rejection while a story renders or plays, not only on a thrown
 * render error. Warnings (bad-input stories log them on purpose) are allowed.
 */
import { afterEach, beforeEach, expect } from 'vitest';

const problems: string[] = [];
const describe = (value: unknown) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));

const originalError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  problems.push(`console.error: ${args.map(describe).join(' ')}`);
  originalError(...args);
};
window.addEventListener('error', (event) => {
  problems.push(`uncaught exception: ${describe(event.error ?? event.message)}`);
});
window.addEventListener('unhandledrejection', (event) => {
  problems.push(`unhandled rejection: ${describe(event.reason)}`);
});

beforeEach(() => {
  problems.length = 0;
});

afterEach(async () => {
  // Let pending callbacks (element updates, timers the story queued) report.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(problems, 'console errors and uncaught exceptions during the story').toEqual([]);
});
