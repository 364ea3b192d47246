import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { describeError } from '../../api/client';
import { searchEntities } from '../../api/queries';
import { countOf } from '../../models/format';
import type { EntityData } from '../../models/types';
import { TypeSwatch } from '../legend/TypeSwatch';
import { TYPE_STYLES } from '../../models/palette';

interface Props {
  label: string;
  placeholder: string;
  onPick(entity: EntityData): void;
  /** Shown in the box after a pick (for pickers that keep their value). */
  value?: EntityData | null;
  className?: string;
  testId?: string;
}

/**
 * The second line of a suggestion: its aliases and how connected it is, which tells namesakes
 * apart (a large graph has many entities of one name; the most connected comes first).
 */
function optionDetail(entity: EntityData): string {
  const relations = countOf(entity.degree, 'relation');
  return [...(entity.aliases.length ? [entity.aliases.join(', ')] : []), relations].join(' · ');
}

type Results =
  { state: 'idle' | 'loading' } | { state: 'done'; hits: EntityData[] } | { state: 'error'; message: string };

/**
 * A search box with autocomplete from the API (ARIA combobox pattern): arrows move through the
 * suggestions, Enter picks, Escape closes. Typing is debounced and stale answers are dropped.
 */
export function EntityCombobox({ label, placeholder, onPick, value, className, testId }: Props) {
  const id = useId();
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [results, setResults] = useState<Results>({ state: 'idle' });
  const typed = useRef(false);

  // A new value from the parent replaces the text (adjusting state while rendering, not in an effect).
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value?.name ?? '');
  }

  useEffect(() => {
    const query = text.trim();
    if (!typed.current || query.length < 2) {
      setResults({ state: 'idle' });
      return;
    }
    const controller = new AbortController();
    setResults({ state: 'loading' });
    const timer = setTimeout(() => {
      searchEntities(query, controller.signal)
        .then((hits) => {
          setResults({ state: 'done', hits });
          setActive(0);
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setResults({ state: 'error', message: describeError(error).title });
        });
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const hits = results.state === 'done' ? results.hits : [];
  const pick = (entity: EntityData | undefined) => {
    if (!entity) return;
    typed.current = false;
    setText(value === undefined ? '' : entity.name);
    setOpen(false);
    onPick(entity);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(0, hits.length - 1)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      if (open && hits.length) {
        event.preventDefault();
        pick(hits[active]);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };
  const showList = open && results.state !== 'idle';
  const listId = `${id}-list`;

  return (
    <div className={`combobox ${className ?? ''}`}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && hits[active] ? `${id}-opt-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        data-testid={testId}
        onChange={(event) => {
          typed.current = true;
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label}: suggestions`}
        className="combobox-list"
        hidden={!showList}
      >
        {results.state === 'loading' && <li className="combobox-note">Searching…</li>}
        {results.state === 'error' && (
          <li className="combobox-note error">Search failed: {results.message}</li>
        )}
        {results.state === 'done' && hits.length === 0 && (
          <li className="combobox-note">No entity matches “{text.trim()}”.</li>
        )}
        {hits.map((entity, i) => (
          <li
            key={entity.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={(event) => {
              // Only a pointer that really moved picks a suggestion: a list opening under a
              // resting mouse makes the browser send a move without movement, and Enter must
              // still take the suggestion the keyboard is on.
              if (event.movementX !== 0 || event.movementY !== 0) setActive(i);
            }}
            onClick={() => pick(entity)}
          >
            <TypeSwatch type={entity.type} size={14} />
            <span className="option-name">{entity.name}</span>
            <span className="option-type">{TYPE_STYLES[entity.type].label}</span>
            <span className="option-more">{optionDetail(entity)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
