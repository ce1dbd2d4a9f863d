import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useSkillSuggestions } from '../api/queries';
import { useI18n } from '../i18n/i18n';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * A combobox over the skills taxonomy (ESCO labels and synonyms, Dutch and English). Choosing a
 * suggestion or pressing Enter on free text calls onPick; free text is kept by the API.
 */
export function SkillAutocomplete({
  onPick,
  label,
  placeholder,
  exclude = [],
}: {
  onPick: (name: string) => void;
  label: string;
  placeholder?: string;
  exclude?: string[];
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const q = useDebounced(text.trim(), 150);

  const suggestions = useSkillSuggestions(q, lang);
  const excluded = new Set(exclude.map((e) => e.toLowerCase()));
  const items = (q.length >= 2 ? (suggestions.data?.items ?? []) : []).filter(
    (s) => !excluded.has(s.label.toLowerCase()),
  );
  const showList = open && text.trim().length >= 2;

  function pick(name: string) {
    const trimmed = name.trim();
    if (!trimmed) return;
    onPick(trimmed);
    setText('');
    setOpen(false);
    setActive(0);
    inputRef.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, items.length));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = items[active];
      pick(chosen && active < items.length ? chosen.label : text);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  }

  const optionId = (i: number) => `${id}-opt-${i}`;

  return (
    <div className="field">
      <label className="field-label" htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="combo">
        <div className="row nowrap">
          <input
            ref={inputRef}
            id={`${id}-input`}
            className="input"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={showList}
            aria-controls={listId}
            aria-activedescendant={showList ? optionId(active) : undefined}
            autoComplete="off"
            placeholder={placeholder}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setOpen(false), 120)}
          />
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => pick(text)}
            disabled={!text.trim()}
          >
            {t.common.add}
          </button>
        </div>
        {showList ? (
          <ul className="combo-list" role="listbox" id={listId} aria-label={label}>
            {items.map((s, i) => (
              <li
                key={s.skillId}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="combo-option"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(s.label)}
                onMouseEnter={() => setActive(i)}
              >
                <span>{s.label}</span>
                {s.matchedLabel.toLowerCase() !== s.label.toLowerCase() ? (
                  <span className="subtle">
                    {t.skills.matched} “{s.matchedLabel}”
                  </span>
                ) : null}
              </li>
            ))}
            <li
              id={optionId(items.length)}
              role="option"
              aria-selected={active === items.length}
              className="combo-option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(text)}
              onMouseEnter={() => setActive(items.length)}
            >
              <span>
                {t.skills.useFreeText} “{text.trim()}”
              </span>
            </li>
          </ul>
        ) : null}
      </div>
      <span className="field-hint">{t.skills.hint}</span>
    </div>
  );
}
