import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './bundles';
import { generatedFiles } from './gen-schemas';

describe('generated schema descriptors', () => {
  it.each(generatedFiles().map((g) => [g.file, g.text]))(
    '%s matches its zod source (else run npm run gen:schemas)',
    (file, text) => {
      const onDisk = readFileSync(resolve(ROOT, file), 'utf8');
      expect(onDisk === text, `${file} is stale: run npm run gen:schemas`).toBe(true);
    },
  );
});
