export { registerContent, getContent, registeredLocales, resolveContent } from './registry.js';
export { validatePack } from './validate.js';
export * from './ids.js';
export type * from './types.js';
