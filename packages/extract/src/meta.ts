/**
 * Document meta from the header fields the parser found.
 */
import type { DocumentMeta } from '@policyc/model';
import { splitAddressees, type HeaderField, type Root } from '@policyc/parse';

export function readMeta(tree: Root, source: string | null): DocumentMeta {
  const fields: HeaderField[] = [];
  let planTitle: string | null = null;
  const collect = (nodes: Root['children']) => {
    for (const node of nodes) {
      if (node.type === 'header') fields.push(...node.children.filter((c): c is HeaderField => c.type !== 'whitespace' && c.type !== 'markup'));
      else if (node.type === 'plan') planTitle = node.title;
      else if (node.type !== 'section' && node.type !== 'paragraph' && node.type !== 'whitespace') fields.push(node);
    }
  };
  collect(tree.children);
  const first = (type: HeaderField['type']) => fields.find((f) => f.type === type)?.value ?? null;
  const addressees = first('addressees');
  return {
    title: first('title'),
    docNumber: first('docNumber'),
    addressees: addressees ? splitAddressees(addressees) : [],
    issuer: first('signature'),
    date: first('date'),
    planTitle,
    source,
    convention: null,
  };
}
