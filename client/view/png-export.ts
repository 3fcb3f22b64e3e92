import { FONT_STACK } from '../adapter/map-style.ts';

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

const SCALE = 2;
const PAD = 16 * SCALE;
const LINE = 20 * SCALE;

/**
 * The map's picture with what makes it readable on its own: a caption above (what, when, the
 * link that reopens it) and the legend of the types drawn below.
 */
export async function composePng(
  map: Blob,
  caption: readonly string[],
  legend: readonly LegendEntry[],
): Promise<Blob> {
  const image = await createImageBitmap(map);
  const captionHeight = PAD + caption.length * LINE;
  const legendHeight = legend.length ? PAD + LINE + PAD / 2 : 0;
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = captionHeight + image.height + legendHeight;
  const context = canvas.getContext('2d');
  if (!context) {
    return map;
  }
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.textBaseline = 'middle';
  caption.forEach((line, index) => {
    context.fillStyle = index === 0 ? '#1d2330' : '#5b6478';
    context.font = `${index === 0 ? 'bold ' : ''}${(index === 0 ? 15 : 12) * SCALE}px ${FONT_STACK}`;
    context.fillText(fitText(context, line, canvas.width - 2 * PAD), PAD, PAD / 2 + LINE * index + LINE / 2);
  });
  context.drawImage(image, 0, captionHeight);
  context.strokeStyle = '#e4e7ec';
  context.strokeRect(0, captionHeight, canvas.width, image.height);
  let x = PAD;
  const y = captionHeight + image.height + PAD / 2 + LINE / 2;
  context.font = `${12 * SCALE}px ${FONT_STACK}`;
  for (const entry of legend) {
    context.fillStyle = entry.color;
    context.beginPath();
    context.arc(x + 6 * SCALE, y, 6 * SCALE, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = '#1d2330';
    const text = `${entry.label} ${entry.count}`;
    context.fillText(text, x + 16 * SCALE, y);
    x += 16 * SCALE + context.measureText(text).width + PAD;
  }
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob ?? map), 'image/png'));
}

/** The line cut with an ellipsis to fit `width` (fillText's maxWidth squeezes it unreadable). */
function fitText(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) {
    return text;
  }
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (context.measureText(`${text.slice(0, middle)}…`).width <= width) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return `${text.slice(0, low)}…`;
}
