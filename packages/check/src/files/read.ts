import { readJsonFile } from './json-file.js';
import { registryFileKind, type RegistryFile } from './registry-file.js';
import { readTsFile } from './ts-file.js';
import { readYamlFile } from './yaml-file.js';

/**
 * Reads a registry file by its kind; undefined for a path that is not a registry file. With
 * `absolutePath` (the file `text` was read from), a large YAML file may let its text go (`unheld`).
 */
export function readRegistryFile(path: string, text: string, absolutePath?: string): RegistryFile | undefined {
  const kind = registryFileKind(path);
  switch (kind) {
    case 'yaml':
      return readYamlFile(path, text, kind, absolutePath);
    case 'json':
    case 'schema':
      return readJsonFile(path, text, kind);
    case 'ts':
      return readTsFile(path, text);
    default:
      return undefined;
  }
}
