/** What the header tests read of a compiled text: its title, 发文字号 and addressees. */
import { compile } from 'policyc';

export const meta = (text: string) => {
  const { title, docNumber, addressees } = compile({ path: 'p.txt', value: text }).registry.document;
  return { title, docNumber, addressees };
};

/** A notice's body after its header: a sentence that issues, then the first headings. */
export const BODY = '现将方案印发给你们，请认真贯彻执行。\n一、总体要求\n（一）加强领导。\n';
