/**
 * The readings of lone polyphonic characters learned from the CPP data's tuning slice
 * (polyphones.json, written by src/cli/learn-polyphones.ts; Apache-2.0, credited on /about).
 * Server and CLI only, like the dictionary: the reader's browser bundle never imports it.
 */
import type { PolyphoneModel } from '../engine/learned.ts';
import model from './polyphones.json' with { type: 'json' };

export const POLYPHONE_MODEL: PolyphoneModel = model;
