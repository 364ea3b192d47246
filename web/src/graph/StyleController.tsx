import { useEffect } from 'react';
import { buildStylesheet } from '../models/stylesheet';
import { useUiStore } from '../stores/uiStore';
import { selectView, useViewStore } from '../stores/viewStore';
import { useCy } from './instance';

/** Applies the stylesheet built from the style state (and the guided view, if one is open). */
export function StyleController(): null {
  const cy = useCy();
  const style = useUiStore((s) => s.style);
  const tradeoff = useViewStore((s) => selectView(s).layout === 'tradeoff');
  useEffect(() => {
    const sheet = buildStylesheet(style, { guide: tradeoff ? 'tradeoff' : null });
    cy?.style(sheet);
  }, [cy, style, tradeoff]);
  return null;
}
