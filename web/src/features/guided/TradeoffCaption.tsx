import { CONDITIONAL_ON_COLOR, TRADED_FOR_COLOR } from '../../models/stylesheet';

/** How to read the trade-off view, for a class looking at it together. */
export function TradeoffCaption() {
  return (
    <section className="tradeoff-caption" aria-labelledby="tradeoff-title" data-testid="tradeoff-caption">
      <p className="eyebrow">Guided view</p>
      <h2 id="tradeoff-title">The trade-off</h2>
      <p>
        What the US gave up (left) and what China gave (right) to keep the US-China trade truce (below the
        middle).
      </p>
      <ul>
        <li>
          <span className="line-key" style={{ background: TRADED_FOR_COLOR }} aria-hidden="true" />
          Arrows <strong>traded for</strong> show what bought what: from a US concession to what it was
          exchanged for.
        </li>
        <li>
          <span className="line-key" style={{ background: CONDITIONAL_ON_COLOR }} aria-hidden="true" />
          <strong>Conditional on</strong> shows what holds only while something else does: the freezes last
          only while the truce (or China&apos;s rare-earth postponement) holds.
        </li>
        <li>
          <span className="line-key grey" aria-hidden="true" />
          <strong>Conceded</strong> links each side to what it gave; <strong>part of</strong> ties each
          concession to the truce.
        </li>
        <li>Dash-dot lines are promises (pledged); dotted ones are claims (alleged).</li>
      </ul>
      <p className="hint">
        Click an entity or an arrow for its sources. Undo (<kbd>Ctrl</kbd>+<kbd>Z</kbd>) returns to the
        previous view.
      </p>
    </section>
  );
}
