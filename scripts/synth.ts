/**
 * `npm run synth -- --entities N --relations M --out DIR [--seed S] [--force]`: writes a
 * synthetic graph in the fixture format (see scripts/synth/generate.ts), for benchmarks and
 * tests at sizes the article's 66 entities cannot reach. Load it with `npm run seed -- DIR`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { generateGraph } from './synth/generate';

const Args = z.object({
  entities: z.coerce.number().int().min(2, 'must be at least 2'),
  relations: z.coerce.number().int().min(0),
  out: z.string().min(1),
  seed: z.coerce.number().int().default(1),
  force: z.boolean().default(false),
});

function main(): number {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string' },
      relations: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
  const parsed = Args.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${String(issue.path[0])}: ${issue.message}`);
    console.error('Usage: npm run synth -- --entities N --relations M --out DIR [--seed S] [--force]');
    return 2;
  }
  const args = parsed.data;
  const out = path.resolve(args.out);
  const existing = fs.existsSync(out) ? fs.readdirSync(out).filter((f) => f.endsWith('.json')) : [];
  if (existing.length > 0 && !args.force) {
    console.error(`${out} already holds ${existing.length} .json file(s); pass --force to replace them.`);
    return 2;
  }
  for (const file of existing) fs.rmSync(path.join(out, file));
  const started = Date.now();
  const summary = generateGraph({ ...args, out });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `Wrote ${summary.sources} sources, ${summary.entities} entities, ${summary.relations} relations ` +
      `(${(summary.bytes / 1e6).toFixed(1)} MB in ${summary.files.length} files) to ${out} in ${seconds} s (seed ${summary.seed}).`,
  );
  console.log(`Median degree ${summary.medianDegree}; hubs:`);
  for (const hub of summary.hubs.slice(0, 5)) console.log(`  ${hub.id} (${hub.type}): ${hub.degree}`);
  console.log(
    `Rare names: ${summary.rareNames
      .slice(0, 5)
      .map((r) => `"${r.name}"`)
      .join(', ')}`,
  );
  return 0;
}

process.exit(main());
