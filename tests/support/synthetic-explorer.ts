import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { seedFromFolder } from '../../server/src/fixtures/load';
import { PATHS } from '../../server/src/paths';
import { wipe } from './graph-files';
import { testDriver } from './neo4j';
import { graphSnapshot } from './snapshot';
import { startExplorer, type Explorer } from './web-browser';

const quiet = () => undefined;

/**
 * The explorer over a synthetic graph (npm run synth, in `synth.dir`) for one test file: the
 * graph replaces the run's shared article graph before the file's tests, and the article comes
 * back exactly as the global setup left it afterwards (checked), the synthetic folder removed.
 */
export function useSyntheticExplorer(synth: { dir: string }): { readonly explorer: Explorer } {
  const state = {} as { driver: Driver; article: string; explorer?: Explorer };
  beforeAll(async () => {
    state.driver = testDriver();
    state.article = await graphSnapshot(state.driver);
    await wipe(state.driver);
    await seedFromFolder(state.driver, 'neo4j', synth.dir, quiet);
    state.explorer = await startExplorer();
  }, 300_000);
  afterAll(async () => {
    await state.explorer?.close();
    await wipe(state.driver);
    await seedFromFolder(state.driver, 'neo4j', PATHS.fixtures, quiet);
    expect(await graphSnapshot(state.driver)).toBe(state.article);
    await state.driver.close();
    fs.rmSync(synth.dir, { recursive: true, force: true });
  }, 300_000);
  return {
    get explorer() {
      if (!state.explorer) throw new Error('The explorer starts in beforeAll');
      return state.explorer;
    },
  };
}
