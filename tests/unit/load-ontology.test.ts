import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../graph/model.ts';
import {
  aliasKey,
  loadOntology,
  type Ontology,
  OntologyError,
  parseOntology,
} from '../../ingest/extract/load-ontology.ts';

const yaml = (content: string, file = 'test.yaml') => parseOntology([{ file, content }]);

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OntologyError);
    return (error as Error).message;
  }
  throw new Error('expected an OntologyError');
}

const entity = (ontology: Ontology, type: string, name: string) =>
  ontology.entities.find((e) => e.type === type && e.name === name);

describe('the shipped ontology (ingest/ontology)', () => {
  const ontology = loadOntology();

  it('is broad for the genre: every type, with many entities each', () => {
    const count = (type: string) => ontology.entities.filter((e) => e.type === type).length;
    expect(count('Institution')).toBeGreaterThanOrEqual(60);
    expect(count('Model')).toBeGreaterThanOrEqual(60);
    expect(count('Conference')).toBeGreaterThanOrEqual(30);
    expect(count('Dataset')).toBeGreaterThanOrEqual(25);
    expect(count('Topic')).toBeGreaterThanOrEqual(40);
    expect(count('Person')).toBeGreaterThanOrEqual(5);
    for (const e of ontology.entities) {
      expect(ENTITY_TYPES).toContain(e.type);
      expect(e.aliases[0]?.text).toBe(e.name);
    }
  });

  it('keeps Naver and Naver Clova apart, with Korean and English spellings', () => {
    const naver = entity(ontology, 'Institution', 'Naver');
    const clova = entity(ontology, 'Institution', 'Naver Clova');
    expect(naver?.kind).toBe('company');
    expect(clova?.kind).toBe('lab');
    expect(naver?.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['네이버', 'NAVER']));
    expect(clova?.aliases.map((a) => a.text)).toContain('네이버 클로바');
    expect(naver?.aliases.map((a) => a.text)).not.toContain('네이버 클로바');
  });

  it('is cached per folder', () => {
    expect(loadOntology()).toBe(ontology);
  });

  it('holds no e-mail address or phone number', () => {
    for (const e of ontology.entities) {
      for (const a of e.aliases) {
        expect(a.text).not.toMatch(/@|\d{3}-\d{3,4}-\d{4}/);
      }
    }
  });
});

describe('parseOntology', () => {
  it('reads names, kinds and alias flags; the file type is the default type', () => {
    const o = yaml(`
type: Model
entities:
  - name: CLIP
    caseSensitive: true
  - name: T5
    aliases: [{ text: T5, exact: true }, Text-to-Text Transfer Transformer]
  - name: Upstage
    type: Institution
    kind: company
    aliases: [업스테이지]
`);
    expect(o.entities.map((e) => `${e.type}:${e.name}`)).toEqual([
      'Model:CLIP',
      'Model:T5',
      'Institution:Upstage',
    ]);
    expect(entity(o, 'Model', 'CLIP')?.aliases[0]).toMatchObject({ caseSensitive: true, exact: false });
    expect(entity(o, 'Model', 'T5')?.aliases).toHaveLength(2);
    expect(entity(o, 'Model', 'T5')?.aliases[0]).toMatchObject({ exact: true, caseSensitive: true });
    expect(entity(o, 'Institution', 'Upstage')?.kind).toBe('company');
  });

  it('names the file and the entry of a bad alias', () => {
    const message = errorOf(() =>
      yaml('type: Model\nentities:\n  - name: BERT\n  - name: GPT-3\n    aliases: [3]\n', 'models.yaml'),
    );
    expect(message).toContain('models.yaml');
    expect(message).toContain('entities[1] "GPT-3"');
    expect(message).toContain('aliases[0]');
  });

  it('rejects unknown fields, empty names, unknown types and entries without a type', () => {
    expect(errorOf(() => yaml('entities:\n  - { name: A, type: Model, colour: red }'))).toContain('colour');
    expect(errorOf(() => yaml('type: Model\nentities:\n  - { name: "  " }'))).toContain('name');
    expect(errorOf(() => yaml('type: Gadget\nentities: []'))).toContain('test.yaml');
    expect(errorOf(() => yaml('entities:\n  - { name: Orphan }'))).toContain('no type');
  });

  it('reports YAML syntax errors with the file name', () => {
    expect(errorOf(() => yaml('type: Model\nentities: [\n', 'broken.yaml'))).toContain('broken.yaml');
  });

  it('rejects one spelling for two entities of the same type, naming both', () => {
    const message = errorOf(() =>
      yaml(
        'type: Institution\nentities:\n  - { name: A Corp, aliases: [Acme] }\n  - { name: B Corp, aliases: [ACME] }\n',
      ),
    );
    expect(message).toContain('"B Corp"');
    expect(message).toContain('"A Corp"');
    expect(message).toContain('shared: true');
  });

  it('accepts a spelling shared on purpose, and one spelling across different types', () => {
    expect(() =>
      yaml(`
type: Institution
entities:
  - { name: A Corp, aliases: [{ text: Acme, shared: true }] }
  - { name: B Corp, aliases: [{ text: acme, shared: true }] }
  - { name: Orion, type: Model }
  - { name: Orion }
`),
    ).not.toThrow();
  });

  it('compares spellings as the matcher does: NFKC, case, spaces', () => {
    expect(aliasKey('  ＮｅｕｒＩＰＳ  ')).toBe('neurips');
    expect(aliasKey('네이버   클로바')).toBe('네이버 클로바');
  });
});

describe('loadOntology from a folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ontology-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every yaml file of the folder and ignores other files', () => {
    writeFileSync(
      join(dir, 'a.yaml'),
      'type: Topic\nentities:\n  - { name: Quantum computing, aliases: [양자컴퓨팅] }\n',
    );
    writeFileSync(join(dir, 'b.yml'), 'type: Dataset\nentities:\n  - { name: TinyStories }\n');
    writeFileSync(join(dir, 'README.md'), '# not yaml: [');
    const o = loadOntology(dir);
    expect(o.entities.map((e) => e.name).sort()).toEqual(['Quantum computing', 'TinyStories']);
  });
});
