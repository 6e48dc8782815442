/**
 * Installs the hydration schedule (./wake.ts, ./definitions.ts) as a side effect, so that
 * src/hydrate.ts can import it before the module that defines the elements:
 * imports run in order, before the importing module's own code.
 */
import { defineAfterFirstFrame } from './definitions.js';
import { deferHydration } from './wake.js';

deferHydration();
defineAfterFirstFrame();
