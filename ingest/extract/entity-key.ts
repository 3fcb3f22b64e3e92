/** Same type and same name modulo case, spaces and hyphens: one entity (GPT3 = GPT-3 = GPT 3). */
export function entityKey(type: string, name: string): string {
  return `${type}:${name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-‐-―]+/g, '')}`;
}
