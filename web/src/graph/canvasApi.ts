import type { Point } from '../models/types';

/** The whole graph drawn as a PNG (commands.ts). */
export interface PngImage {
  /** Null when the browser could not draw it. */
  blob: Blob | null;
  width: number;
  height: number;
  /** How high an entity's name is in the image, in px. */
  namePx: number;
}

/** What toolbars and menus can ask of the canvas. */
export interface CanvasCommands {
  fit(): void;
  zoomBy(factor: number): void;
  center(id?: string): void;
  positions(): Record<string, Point> | null;
  png(): PngImage | null;
}

let current: CanvasCommands | null = null;

/** Registers the live canvas's commands (or null when it unmounts). */
export function setCanvas(commands: CanvasCommands | null): void {
  current = commands;
}

/**
 * Commands for toolbars and menus, which must not touch Cytoscape themselves (and must not load
 * it: the canvas is a separate chunk). Each is a no-op while no canvas is mounted.
 */
export const canvas: CanvasCommands = {
  fit: () => current?.fit(),
  zoomBy: (factor) => current?.zoomBy(factor),
  center: (id) => current?.center(id),
  positions: () => current?.positions() ?? null,
  png: () => current?.png() ?? null,
};
