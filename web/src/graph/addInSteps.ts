import type { Core, ElementDefinition } from 'cytoscape';
import { prerender } from './prerender';
import { revealWhenLayered, stopReveal } from './reveal';

/**
 * Milliseconds one step of adding may take. Cytoscape styles every element it adds (selectors,
 * label sizes, edge shapes), about a second per 5,000 entities and their 20,000 relations on a
 * small machine: in one piece that freezes the page; in steps this size the page paints its
 * progress bar and answers a click on Cancel between them.
 */
const STEP_MS = 40;
/** Elements in the first step, before the rate of this machine is known. */
const FIRST_STEP = 250;

/** From this many elements a sync adds in steps rather than at once. */
export const IN_STEPS_FROM = 1500;

/** The run adding to each instance: whether it holds a batch open between steps, and its end. */
const runs = new WeakMap<Core, { held: boolean; end: Promise<boolean> }>();

/** `?debug&drawPace=ms`: a pause between steps of at most PACED_STEP elements, to watch (tests). */
const PACED_STEP = 500;
const pace = () => Number(document.documentElement.dataset.drawPace ?? 0) || 0;

/** Lets the page draw a frame and answer input, then continues (a task after the next frame). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, pace())));
}

/**
 * Adds `elements` (nodes before the edges that join them) to the instance a step at a time, each
 * step in one batch and then styled and measured, sized so that it takes about STEP_MS. Between
 * steps it keeps a batch open: Cytoscape draws nothing until the last (its render loop skips
 * frames while a batch is open), so the canvas is drawn once, whole, rather than once per step
 * with ever more elements; and that drawing is itself painted a few milliseconds a frame before
 * it shows (reveal.ts). A newer call on the same instance, or stopAdding, stops it between two
 * steps or while it is painted: what it added stays, and whoever stopped it owns the canvas from
 * then on (the elements controller removes what its view no longer holds). Resolves true once
 * every element is in and shown; false when stopped or the instance was destroyed.
 */
export function addInSteps(
  cy: Core,
  elements: readonly ElementDefinition[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<boolean> {
  stopAdding(cy);
  const run = { held: false, end: Promise.resolve(true) };
  runs.set(cy, run);
  run.end = steps(cy, run, elements, onProgress);
  return run.end;
}

/** Resolves once the elements being added in steps to this instance are in (or were stopped). */
export function whenAdded(cy: Core): Promise<boolean> {
  return runs.get(cy)?.end ?? Promise.resolve(true);
}

async function steps(
  cy: Core,
  run: { held: boolean },
  elements: readonly ElementDefinition[],
  onProgress: (done: number, total: number) => void,
): Promise<boolean> {
  const current = () => runs.get(cy) === run && !cy.destroyed();
  let done = 0;
  let size = FIRST_STEP;
  while (done < elements.length) {
    if (done > 0) await nextFrame();
    if (!current()) return false;
    const step = elements.slice(done, done + size);
    const started = performance.now();
    if (run.held) run.held = false;
    else cy.startBatch();
    const added = cy.add(step);
    cy.endBatch();
    // Cytoscape styles lazily, at the first drawing or measure: styling the step, sizing its
    // labels and shaping its edges here, a step at a time, leaves the frame that first draws the
    // whole view only the drawing (see prerender.ts).
    prerender(cy, added);
    done += step.length;
    const took = Math.max(1, performance.now() - started);
    size = Math.min(pace() ? PACED_STEP : 5000, Math.max(50, Math.round((step.length * STEP_MS) / took)));
    onProgress(done, elements.length);
    if (done < elements.length) {
      cy.startBatch();
      run.held = true;
    }
  }
  // The whole view shows once the renderer has painted it, a few milliseconds a frame.
  await revealWhenLayered(cy);
  if (!current()) return false;
  runs.delete(cy);
  return true;
}

/**
 * Stops adding in steps on this instance (a newer view takes the canvas over), releasing the
 * batch held between steps at once, so what comes next is styled and drawn as usual.
 */
export function stopAdding(cy: Core): void {
  const run = runs.get(cy);
  runs.delete(cy);
  stopReveal(cy);
  if (run?.held && !cy.destroyed()) cy.endBatch();
  if (run) run.held = false;
}
