/** Types for scripts/test-env/browsers.js, so TypeScript configs (vitest.config.ts) can import it. */
export declare const chromePath: () => string | undefined;
export declare const firefoxPath: () => string | undefined;
export declare const webkitPath: () => string | undefined;
export declare const webkitDriverPath: () => string | undefined;
export declare const xvfbRunPath: () => string | undefined;
export declare const chromeArgs: string[];
