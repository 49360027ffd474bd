/**
 * A small argument reader on node:util parseArgs: policyc's commands share its error handling.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type Parsed<T extends ParseArgsConfig['options']> = ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>;

/** Parses `argv` or returns the error message to print (with exit code 2). */
export function readArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T): Parsed<T> | string {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true }) as Parsed<T>;
  } catch (error) {
    return (error as Error).message;
  }
}
