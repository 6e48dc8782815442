/// <reference types="vite/client" />
/**
 * custom-elements.json, generated from the elements' JSDoc by `npm run
 * manifest` (the storybook scripts run it first). A glob import keeps the
 * stories type-checking on a fresh clone where the file does not exist yet.
 */
import type { Manifest } from '../../.storybook/manifest-arg-types.js';

const found = import.meta.glob<Manifest>('../../custom-elements.json', { eager: true, import: 'default' });
const loaded = Object.values(found)[0];
if (!loaded) throw new Error('custom-elements.json is missing: run `npm run build:manifest` first.');

export const manifest: Manifest = loaded;
