import type { Point } from '@policyc/model';
import type { Place } from '../types.js';
import { lineIndex } from './lines.js';

/** The roles a registry file can play in a check. */
export type RegistryFileKind = 'yaml' | 'json' | 'ts' | 'schema';

/** A syntax problem that kept (part of) a file from being read. */
export interface SyntaxProblem {
  reason: string;
  place: Place;
}

/** A registry file, read: its data (undefined when unreadable) and a way to find values in it. */
export interface RegistryFile {
  path: string;
  kind: RegistryFileKind;
  text: string;
  data: unknown;
  problems: SyntaxProblem[];
  /** Where the value at `pointer` is written (its key with `key`); the nearest existing ancestor if it is missing. */
  locate(pointer: string, key?: boolean): Place;
  /**
   * Set when the file's text was let go once read (`text` is then ''): places are found by reading
   * their lines again from disk, as are the lines of code frames. `length` is the text's.
   */
  unheld?: { absolutePath: string; length: number };
  /** Set when only some items of one list were read (`item-view.ts`): `text` and `data` are then theirs, not the file's. */
  view?: ItemView;
}

/**
 * A file of which only the items of one list that differ from the printing of the primary's data
 * were read: the rest of it is that printing. Its `text` is the file with only those items in its
 * lists; its `data` holds them alone, at their indexes (`{ tasks: { 7: … } }`), for the policy
 * sentence a finding's pointer leads to.
 */
export interface ItemView {
  list: string;
  /** The file's index of the first item read. */
  from: number;
  /** The items read: the file's items `from`, `from + 1` … of `list`. */
  items: readonly unknown[];
  /** How many of the printing's items they stand in for (as many, unless items were added or removed). */
  replaced: number;
  /** The file's point of an offset of `text`. */
  pointAt(offset: number): Point;
}

/** The point in the file of each offset of its `text`. */
export function filePoints(file: RegistryFile): (offset: number) => Point {
  return file.view?.pointAt ?? lineIndex(file.text);
}

/** Which role a path plays, by its name; undefined for files that are not registry files. */
export function registryFileKind(path: string): RegistryFileKind | undefined {
  if (/\.schema\.json$/iu.test(path)) return 'schema';
  if (/\.json$/iu.test(path)) return 'json';
  if (/\.ya?ml$/iu.test(path)) return 'yaml';
  if (/\.(?:m|c)?ts$/iu.test(path) && !/\.d\.(?:m|c)?ts$/iu.test(path)) return 'ts';
  return undefined;
}
