/** Flags that keep headless Chromium quiet on a machine without a network or a sandbox. */
export const chromeArgs: string[];
/** The browser's path; exits the process with one clear sentence when none is found. */
export function chromePath(): string;
