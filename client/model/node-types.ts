import type { NodeType } from './graph.ts';

export interface TypeLook {
  color: string;
  /** A Cytoscape node shape; the legend draws the same shape in SVG. */
  shape:
    | 'ellipse'
    | 'round-rectangle'
    | 'round-triangle'
    | 'hexagon'
    | 'diamond'
    | 'star'
    | 'barrel'
    | 'tag'
    | 'rectangle';
  /** Plural, for the legend. */
  label: string;
  labelKo: string;
  /** Base node size in px before importance is added. */
  size: number;
}

/** One colour and shape per node type, so the legend, the search and the map agree. */
export const TYPE_LOOK: Record<NodeType, TypeLook> = {
  Person: { color: '#e0793a', shape: 'ellipse', label: 'People', labelKo: '인물', size: 26 },
  Talk: { color: '#3b6fd8', shape: 'round-rectangle', label: 'Talks', labelKo: '강연', size: 24 },
  CareerDecision: {
    color: '#0f9bb5',
    shape: 'round-triangle',
    label: 'Career steps',
    labelKo: '커리어',
    size: 16,
  },
  Institution: { color: '#2f9e72', shape: 'hexagon', label: 'Institutions', labelKo: '기관', size: 24 },
  Model: { color: '#8e5bd0', shape: 'diamond', label: 'Models', labelKo: '모델', size: 22 },
  Topic: { color: '#6b7486', shape: 'tag', label: 'Topics', labelKo: '주제', size: 20 },
  Conference: { color: '#c94f7c', shape: 'star', label: 'Conferences', labelKo: '학회', size: 22 },
  Dataset: { color: '#b08a10', shape: 'barrel', label: 'Datasets', labelKo: '데이터셋', size: 20 },
  Source: { color: '#98a2b3', shape: 'rectangle', label: 'Sources', labelKo: '출처', size: 14 },
};

/** The singular, for a details panel or a suggestion: 'Career step', 'Person'. */
export function typeName(type: NodeType): string {
  const names: Record<NodeType, string> = {
    Person: 'Person',
    Talk: 'Talk',
    CareerDecision: 'Career step',
    Institution: 'Institution',
    Model: 'Model',
    Topic: 'Topic',
    Conference: 'Conference',
    Dataset: 'Dataset',
    Source: 'Source',
  };
  return names[type];
}

/** Career decision kinds as the API names them, in words (English and Korean). */
export const KIND_NAMES: Record<string, { en: string; ko: string }> = {
  major_change: { en: 'Changed major', ko: '전과' },
  grad_school: { en: 'Grad school', ko: '대학원' },
  joined: { en: 'Joined', ko: '입사' },
  left: { en: 'Left', ko: '퇴사' },
  founded: { en: 'Founded', ko: '창업' },
  moved_to_academia: { en: 'Moved to academia', ko: '학계로' },
  military_service: { en: 'Military service', ko: '군복무' },
  study_abroad: { en: 'Studied abroad', ko: '유학' },
  other: { en: 'Other step', ko: '기타' },
};

export function kindName(kind: string): string {
  return KIND_NAMES[kind]?.en ?? kind.replaceAll('_', ' ');
}
