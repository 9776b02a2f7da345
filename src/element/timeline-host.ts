import type { ReactiveElement } from 'lit';
import type { HashHost } from '../controllers/hash-controller.js';
import type { TimelineMode } from '../layout/modes.js';
import type { ModeHost } from '../modes/mode-feature.js';

/** The element as its parts see it: its public properties and methods, nothing private. */
export type TimelineHost = ReactiveElement &
  ModeHost &
  HashHost & {
    /** Written back to `embed` when it names no mode. */
    mode: TimelineMode;
    readonly src?: string;
    readonly data?: unknown;
    readonly start?: string;
    readonly end?: string;
    readonly groupBy: string;
    readonly timeout: number;
  };
