import { useEffect } from 'react';
import { buildStylesheet } from '../models/stylesheet';
import { useLessonStore } from '../stores/lessonStore';
import { useUiStore } from '../stores/uiStore';
import { selectView, useViewStore } from '../stores/viewStore';
import { useCy } from './instance';
import { useLargeView, useLineView } from './renderMode';

/**
 * Applies the stylesheet built from the style state (and the guided view, if one is open, and
 * presenter mode). It runs before the layout controller, so a layout measures these labels.
 */
export function StyleController(): null {
  const cy = useCy();
  const style = useUiStore((s) => s.style);
  const tradeoff = useViewStore((s) => selectView(s).layout === 'tradeoff');
  const large = useLargeView();
  const lines = useLineView();
  const present = useLessonStore((s) => s.presenting);
  useEffect(() => {
    const sheet = buildStylesheet(style, { guide: tradeoff ? 'tradeoff' : null, large, lines, present });
    cy?.style(sheet);
  }, [cy, style, tradeoff, large, lines, present]);
  return null;
}
