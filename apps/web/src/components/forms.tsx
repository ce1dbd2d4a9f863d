import { useCallback, useId, useState } from 'react';
import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
import { useT } from '../i18n/i18n';
import { errorMessage, formErrorState, NO_FORM_ERRORS } from '../lib/form-errors';
import type { FormErrorState } from '../lib/form-errors';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  className?: string;
  children: (props: ControlProps) => ReactNode;
}

/**
 * A titled card of form fields: the heading labels the section for screen readers, and `aside`
 * sits beside it (a count, a button).
 */
export function FormSection({
  id,
  title,
  aside,
  children,
}: {
  id: string;
  title: ReactNode;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <div className="card-header">
        <h2 id={id}>{title}</h2>
        {aside}
      </div>
      <div className="card-body form">{children}</div>
    </section>
  );
}

/** A labelled control with its hint and its error, wired for screen readers. */
export function Field({ label, hint, error, optional, className, children }: FieldProps) {
  const t = useT();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
        {optional ? <span className="field-optional"> ({t.common.optional})</span> : null}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="field-error" id={errorId} data-field-error>
          {error}
        </span>
      ) : null}
    </div>
  );
}

type InputFieldProps = Omit<FieldProps, 'children'> &
  InputHTMLAttributes<HTMLInputElement> & { addon?: ReactNode };

export function TextField({
  label,
  hint,
  error,
  optional,
  className,
  addon,
  ...input
}: InputFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(p) =>
        addon ? (
          <div className="input-group">
            <input className="input" {...p} {...input} />
            <span className="input-addon">{addon}</span>
          </div>
        ) : (
          <input className="input" {...p} {...input} />
        )
      }
    </Field>
  );
}

type TextAreaFieldProps = Omit<FieldProps, 'children'> &
  TextareaHTMLAttributes<HTMLTextAreaElement>;

export function TextAreaField({
  label,
  hint,
  error,
  optional,
  className,
  ...area
}: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(p) => <textarea className="textarea" {...p} {...area} />}
    </Field>
  );
}

type SelectFieldProps = Omit<FieldProps, 'children'> &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: { value: string; label: string }[];
    placeholder?: string;
  };

export function SelectField({
  label,
  hint,
  error,
  optional,
  className,
  options,
  placeholder,
  ...select
}: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(p) => (
        <select className="select" {...p} {...select}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A group of checkbox chips (sectors, kinds, languages). */
export function ChipGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  error,
  hint,
}: {
  legend: ReactNode;
  options: { value: T; label: string }[];
  value: T[];
  onChange: (next: T[]) => void;
  error?: string;
  hint?: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset className="field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {hint ? <span className="field-hint">{hint}</span> : null}
      <div className="choice-grid">
        {options.map((o) => (
          <label className="choice-chip" key={o.value}>
            <input
              type="checkbox"
              checked={value.includes(o.value)}
              onChange={(e) =>
                onChange(
                  e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value),
                )
              }
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <span className="field-error" id={`${id}-error`} data-field-error>
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}

/** One choice among a few, as chips: the radio counterpart of ChipGroup. */
export function RadioChips<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: ReactNode;
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (next: T) => void;
}) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <div className="choice-grid">
        {options.map((o) => (
          <label className="choice-chip" key={o.value}>
            <input
              type="radio"
              name={name}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Alert({
  tone = 'info',
  title,
  children,
}: {
  tone?: 'info' | 'success' | 'warning' | 'danger';
  title?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className={`alert ${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      <div>
        {title ? <strong>{title}</strong> : null}
        {children ? <div>{children}</div> : null}
      </div>
    </div>
  );
}

/**
 * Maps an API error onto the form: field messages next to their fields, the rest (and
 * non-validation errors) in a banner. `initialError` shows an error handed over by the previous
 * screen from the first render.
 */
export function useFormErrors(fields: readonly string[], initialError?: unknown) {
  const t = useT();
  // The field list is fixed per form; keeping the first one keeps the callbacks stable.
  const [fieldList] = useState(fields);
  const [state, setState] = useState<FormErrorState>(() =>
    initialError === undefined ? NO_FORM_ERRORS : formErrorState(initialError, fields, t),
  );
  const { byField, general } = state;

  const fromError = useCallback(
    (err: unknown) => setState(formErrorState(err, fieldList, t)),
    [fieldList, t],
  );

  const clear = useCallback(() => setState(NO_FORM_ERRORS), []);

  const banner = general.length ? (
    <Alert tone="danger" title={t.errors.couldNotSave}>
      {general.length === 1 ? (
        general[0]
      ) : (
        <ul>
          {general.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </Alert>
  ) : null;

  return { errors: byField, general, banner, fromError, clear };
}

export { errorMessage };
