import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../stats/prng';
import { forEachLine } from './read-lines';

/** Feeds `bytes` in chunks of the given sizes (cycled), the way a file or a pipe cuts them. */
function chunked(bytes: Buffer, sizes: number[]): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const size = sizes[k % sizes.length] ?? 1;
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return Readable.from(chunks);
}

async function ours(bytes: Buffer, sizes: number[], first = 1): Promise<{ lines: [string, number][]; count: number }> {
  const lines: [string, number][] = [];
  const count = await forEachLine(chunked(bytes, sizes), first, (line, no) => lines.push([line, no]));
  return { lines, count };
}

/** What node:readline (the reader this replaced) makes of the same bytes. */
async function readlines(bytes: Buffer): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: Readable.from([bytes]), crlfDelay: Number.POSITIVE_INFINITY }))
    out.push(line);
  return out;
}

const PIECES = ['{"id":"e1","n":1}', '\n', '\r\n', '\r', '', 'é', '€', '😀', 'plain text', '\n\n', ' '];

describe('forEachLine', () => {
  it.each([
    ['LF', 'a\nb\nc\n', ['a', 'b', 'c']],
    ['no final newline', 'a\nb', ['a', 'b']],
    ['CRLF', 'a\r\nb\r\n', ['a', 'b']],
    ['lone CR (old Mac files)', 'a\rb\rc', ['a', 'b', 'c']],
    ['empty lines kept, so line numbers match the file', 'a\n\nb\n', ['a', '', 'b']],
    ['a trailing CR', 'a\nb\r', ['a', 'b']],
    ['multi-byte characters', 'é€\n😀\n', ['é€', '😀']],
    ['nothing', '', []],
  ])('splits %s like node:readline', async (_name, text, expected) => {
    const bytes = Buffer.from(text);
    expect(await readlines(bytes)).toEqual(expected);
    for (const sizes of [[bytes.length || 1], [1], [2, 3], [5, 1, 7]]) {
      const { lines, count } = await ours(bytes, sizes);
      expect(lines.map(([l]) => l)).toEqual(expected);
      expect(count).toBe(expected.length);
    }
  });

  it('agrees with node:readline on 2,000 random texts cut into random chunks (CR/LF and characters split anywhere)', async () => {
    const random = mulberry32(7);
    for (let n = 0; n < 2_000; n++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
      const bytes = Buffer.from(text);
      const sizes = Array.from({ length: 4 }, () => 1 + Math.floor(random() * 9));
      const { lines } = await ours(bytes, sizes);
      expect(
        lines.map(([l]) => l),
        JSON.stringify({ text, sizes }),
      ).toEqual(await readlines(bytes));
    }
  });

  it('numbers lines from the given first number and counts them', async () => {
    const { lines, count } = await ours(Buffer.from('x\ny\nz'), [2], 5);
    expect(lines).toEqual([
      ['x', 5],
      ['y', 6],
      ['z', 7],
    ]);
    expect(count).toBe(3);
  });

  it('accepts string chunks (a stream with an encoding set)', async () => {
    const seen: string[] = [];
    await forEachLine(Readable.from(['a\nb', 'c\n', 'd']), 1, (line) => seen.push(line));
    expect(seen).toEqual(['a', 'bc', 'd']);
  });

  it('stops at the first line whose handler throws, and rejects with its error', async () => {
    const seen: string[] = [];
    const run = forEachLine(chunked(Buffer.from('a\nb\nc\nd\n'), [3]), 1, (line) => {
      seen.push(line);
      if (line === 'b') throw new Error('bad b');
    });
    await expect(run).rejects.toThrow('bad b');
    expect(seen).toEqual(['a', 'b']);
  });

  it('rejects when the stream fails', async () => {
    const input = new Readable({
      read() {
        this.destroy(new Error('disk gone'));
      },
    });
    await expect(forEachLine(input, 1, () => {})).rejects.toThrow('disk gone');
  });
});
