import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../i18n/i18n';
import { errorMessage } from './forms';
import { Icon } from './icons';
import type { IconName } from './icons';

/** The icon button that removes one row or item; `label` says which, for screen readers. */
export function RemoveButton({
  label,
  onClick,
  icon = 'close',
  small = true,
}: {
  label: string;
  onClick: () => void;
  icon?: 'close' | 'trash';
  small?: boolean;
}) {
  return (
    <button
      type="button"
      className={small ? 'btn btn-ghost btn-sm' : 'btn btn-ghost'}
      aria-label={label}
      onClick={onClick}
    >
      <Icon name={icon} width={16} height={16} />
    </button>
  );
}

export function PageHeader({
  title,
  eyebrow,
  description,
  actions,
  back,
}: {
  title: ReactNode;
  eyebrow?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  back?: { to: string; label: string };
}) {
  return (
    <>
      {back ? (
        <Link className="back-link" to={back.to}>
          <Icon name="back" width={16} height={16} /> {back.label}
        </Link>
      ) : null}
      <header className="page-header">
        <div>
          {eyebrow ? <div className="eyebrow">{eyebrow}</div> : null}
          <h1>{title}</h1>
          {description ? <p>{description}</p> : null}
        </div>
        {actions ? <div className="btn-row">{actions}</div> : null}
      </header>
    </>
  );
}

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t.common.loading}</span>
    </div>
  );
}

export function EmptyState({
  icon = 'inbox',
  title,
  children,
  action,
}: {
  icon?: IconName;
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="empty">
      <div className="empty-icon" aria-hidden="true">
        <Icon name={icon} />
      </div>
      <h2>{title}</h2>
      {children ? <p>{children}</p> : null}
      {action}
    </div>
  );
}

/** Renders loading, error or the data of a TanStack query. */
export function QueryView<T>({
  query,
  children,
}: {
  query: { isPending: boolean; error: unknown; data: T | undefined };
  children: (data: T) => ReactNode;
}) {
  const t = useT();
  if (query.isPending) return <Loading />;
  if (query.error || query.data === undefined)
    return (
      <div className="card card-body">
        <EmptyState icon="warning" title={t.errors.loadFailed}>
          {errorMessage(query.error, t)}
        </EmptyState>
      </div>
    );
  return <>{children(query.data)}</>;
}

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'brand';

export function Badge({
  tone = 'neutral',
  children,
  plain,
}: {
  tone?: Tone;
  children: ReactNode;
  plain?: boolean;
}) {
  return <span className={`badge ${tone} ${plain ? 'plain' : ''}`}>{children}</span>;
}

export function ScoreBar({
  value,
  label,
  small,
}: {
  value: number;
  label?: string;
  small?: boolean;
}) {
  const pct = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      className={`score-bar ${small ? 'small' : ''}`}
      role="meter"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
      aria-label={label}
    >
      <span style={{ width: `${pct}%` }} />
    </div>
  );
}

export function Score({ value, label }: { value: number; label: string }) {
  return (
    <div className="score">
      <span className="score-value">{Math.round(value)}</span>
      <ScoreBar value={value} label={label} />
    </div>
  );
}

export function Avatar({ name, size }: { name: string; size?: 'sm' | 'lg' }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase())
    .join('');
  return (
    <span className={`avatar ${size ?? ''}`} aria-hidden="true">
      {initials || '?'}
    </span>
  );
}

export function Stat({
  label,
  value,
  note,
}: {
  label: ReactNode;
  value: ReactNode;
  note?: ReactNode;
}) {
  return (
    <div className="card stat">
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
      {note ? <div className="stat-note">{note}</div> : null}
    </div>
  );
}

/** A modal dialog on the native <dialog> element (focus trap and Escape come with it). */
export function Dialog({
  open,
  onClose,
  title,
  children,
  footer,
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  footer: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" onClose={onClose} aria-labelledby="dialog-title">
      {open ? (
        <>
          <div className="dialog-header">
            <h2 id="dialog-title">{title}</h2>
          </div>
          <div className="dialog-body">{children}</div>
          <div className="dialog-footer">{footer}</div>
        </>
      ) : null}
    </dialog>
  );
}

interface Toast {
  id: number;
  title: string;
  body?: string;
  tone?: 'danger';
  /** Where "View" leads (a path in the app). */
  href?: string;
}

const ToastContext = createContext<(toast: Omit<Toast, 'id'>) => void>(() => undefined);

export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const push = useCallback((toast: Omit<Toast, 'id'>) => {
    const id = Date.now() + Math.random();
    setToasts((list) => [...list.slice(-2), { ...toast, id }]);
    setTimeout(
      () => setToasts((list) => list.filter((x) => x.id !== id)),
      toast.href ? 10_000 : 6000,
    );
  }, []);
  return (
    <ToastContext.Provider value={push}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div className={`toast ${toast.tone ?? ''}`} key={toast.id}>
            <div>
              <strong>{toast.title}</strong>
              {toast.body ? <span>{toast.body}</span> : null}
              {toast.href ? (
                <Link className="toast-link" to={toast.href}>
                  {t.common.view}
                </Link>
              ) : null}
            </div>
            <button
              type="button"
              onClick={() => setToasts((l) => l.filter((x) => x.id !== toast.id))}
            >
              {t.common.dismiss}
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast() {
  return useContext(ToastContext);
}

/** Sets the document title for the screen. */
export function useTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · Gilde` : 'Gilde';
  }, [title]);
}
