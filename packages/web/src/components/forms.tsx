import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';
import { ApiError } from '../api/client.js';
import { useApp } from '../app/context.js';
import type { MessageKey } from '../i18n/index.js';

interface FrameProps {
  label: string;
  error?: string;
  hint?: string;
}

interface FieldProps extends FrameProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {}
interface AreaProps extends FrameProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {}

/**
 * A labeled control; its error and hint are tied to it (aria-describedby), and it says when it is
 * invalid. `control` draws the control itself with the id and descriptions it is given.
 */
function Field({
  label,
  error,
  hint,
  control,
}: FrameProps & {
  control: (a11y: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {control({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A labeled input. */
export function TextField({ label, error, hint, ...input }: FieldProps) {
  return <Field label={label} error={error} hint={hint} control={(a11y) => <input {...a11y} {...input} />} />;
}

/** A labeled textarea, with its hint and error tied to it like TextField's. */
export function TextAreaField({ label, error, hint, ...area }: AreaProps) {
  return (
    <Field label={label} error={error} hint={hint} control={(a11y) => <textarea {...a11y} {...area} />} />
  );
}

interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  error?: string;
  children: ReactNode;
}

export function SelectField({ label, error, children, ...select }: SelectProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...select}
      >
        {children}
      </select>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

const KNOWN_CODES = new Set([
  'validation',
  'bad-json',
  'unauthenticated',
  'forbidden',
  'csrf',
  'not-found',
  'conflict',
  'too-large',
  'rate-limited',
  'bad-credentials',
  'network',
]);

/** The message to show for an error: the server's (localized), else one of ours by code. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useApp();
  return (error) => {
    if (error instanceof ApiError) {
      if (error.code === 'network') return t('error.network');
      if (error.message) return error.message;
      if (KNOWN_CODES.has(error.code)) return t(`error.${error.code}` as MessageKey);
    }
    return t('error.unknown');
  };
}

/**
 * An error for a whole form or page. Validation issues that no field shows (`shownFields` lists the
 * fields that show their own) are listed with their path.
 */
export function ErrorAlert({ error, shownFields = [] }: { error: unknown; shownFields?: string[] }) {
  const message = useErrorMessage();
  if (!error) return null;
  const others =
    error instanceof ApiError
      ? error.issues.filter((i) => !shownFields.some((f) => i.path === `body.${f}`))
      : [];
  return (
    <div className="alert alert-error" role="alert">
      <p>{message(error)}</p>
      {others.length > 0 && (
        <ul>
          {others.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path}</code> : {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
