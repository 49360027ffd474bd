import type { Place } from '../types.js';

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
}

/** Which role a path plays, by its name; undefined for files that are not registry files. */
export function registryFileKind(path: string): RegistryFileKind | undefined {
  if (/\.schema\.json$/iu.test(path)) return 'schema';
  if (/\.json$/iu.test(path)) return 'json';
  if (/\.ya?ml$/iu.test(path)) return 'yaml';
  if (/\.(?:m|c)?ts$/iu.test(path) && !/\.d\.(?:m|c)?ts$/iu.test(path)) return 'ts';
  return undefined;
}
