import type { StylesheetJson } from 'cytoscape';
import { useEffect } from 'react';
import { buildStylesheet } from '../models/stylesheet';
import { useUiStore } from '../stores/uiStore';
import { useCy } from './instance';

/** Applies the stylesheet built from the style state. */
export function StyleController(): null {
  const cy = useCy();
  const style = useUiStore((s) => s.style);
  useEffect(() => {
    cy?.style(buildStylesheet(style) as unknown as StylesheetJson);
  }, [cy, style]);
  return null;
}
