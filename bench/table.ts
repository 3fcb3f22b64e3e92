/** Aligned text tables for the bench's output: names left, figures right. */

export type Cell = string | number | null | undefined;

export interface Table {
  title: string;
  head: string[];
  rows: Cell[][];
  /** Lines printed under the table (what a figure means, how noisy it is). */
  notes?: string[];
  /** Columns whose text is left-aligned; the first always is. @default [0] */
  leftColumns?: number[];
}

/** Figures with sensible precision: 3 significant digits below 100, whole numbers above. */
export function formatCell(cell: Cell): string {
  if (cell === null || cell === undefined || (typeof cell === 'number' && Number.isNaN(cell))) {
    return '–';
  }
  if (typeof cell === 'string') {
    return cell;
  }
  if (Math.abs(cell) >= 100 || Number.isInteger(cell)) {
    return Math.round(cell).toLocaleString('en-US');
  }
  return String(Number(cell.toPrecision(3)));
}

export function renderTable(table: Table): string {
  const cells = table.rows.map((row) => row.map(formatCell));
  const widths = table.head.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const left = new Set([0, ...(table.leftColumns ?? [])]);
  const line = (row: string[]) =>
    row
      .map((cell, i) => (left.has(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [`## ${table.title}`, '', line(table.head), widths.map((w) => '-'.repeat(w)).join('  ')];
  out.push(...cells.map(line));
  for (const note of table.notes ?? []) {
    out.push(`  ${note}`);
  }
  return `${out.join('\n')}\n`;
}
