import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import type { InitiativeImage } from '../api/types.js';
import { useApp } from '../app/context.js';
import type { Lang } from '../constants.js';
import { formatNumber } from '../i18n/index.js';
import { checkImageFile, IMAGE_ACCEPT, type ImageDraft, type ImageProblem } from '../initiatives/image.js';
import { TextAreaField } from './forms.js';

/** A file's size as people read it: "340 ko" / "2,4 Mo" (binary units, as the 8 MB limit counts). */
function fileSize(lang: Lang, bytes: number): string {
  const mega = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mega ? 1 : 0,
  }).format(mega ? bytes / (1024 * 1024) : Math.max(1, bytes / 1024));
}

/**
 * The image of an initiative in its form: a file input with its hint and error, a preview (the
 * current image, or the chosen file through an object URL freed on change and unmount), the required
 * description once there is an image, and remove / keep. The parent owns the draft.
 */
export function ImagePicker({
  current,
  draft,
  onChange,
  fileError,
  altError,
}: {
  current: InitiativeImage | null;
  draft: ImageDraft;
  onChange: (draft: ImageDraft) => void;
  /** The server's message about the file, if any. */
  fileError?: string;
  altError?: string;
}) {
  const { t, lang, announce } = useApp();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<ImageProblem | null>(null);
  const [preview, setPreview] = useState<string | null>(null);

  useEffect(() => {
    if (!draft.file) {
      setPreview(null);
      return;
    }
    const url = URL.createObjectURL(draft.file);
    setPreview(url);
    // A file handed over from another page: the input names it too (where the browser allows it).
    const input = inputRef.current;
    if (input && input.files?.[0] !== draft.file && typeof DataTransfer !== 'undefined') {
      try {
        const transfer = new DataTransfer();
        transfer.items.add(draft.file);
        input.files = transfer.files;
      } catch {
        // The preview's caption still names the file.
      }
    }
    return () => URL.revokeObjectURL(url);
  }, [draft.file]);

  const problemText = (p: ImageProblem) => {
    switch (p.kind) {
      case 'heic':
        return t('initiativeImage.errorHeic');
      case 'type':
        return t('initiativeImage.errorType');
      case 'empty':
        return t('initiativeImage.errorEmpty');
      case 'size':
        return t('initiativeImage.errorSize', { size: formatNumber(lang, p.megabytes) });
    }
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const found = checkImageFile(file);
    if (found) {
      // Nothing unusable stays selected; the previous choice, if any, is kept.
      event.target.value = '';
      setProblem(found);
      announce(problemText(found));
      return;
    }
    setProblem(null);
    onChange({ ...draft, file, removed: false });
    announce(t('initiativeImage.chosen', { name: file.name }));
  };

  const focusInput = () => requestAnimationFrame(() => inputRef.current?.focus());

  const remove = () => {
    if (inputRef.current) inputRef.current.value = '';
    setProblem(null);
    onChange({ file: null, alt: draft.file && current ? current.alt : draft.alt, removed: current !== null });
    focusInput();
  };

  const keep = () => {
    onChange({ ...draft, removed: false });
    focusInput();
  };

  const shown = draft.file !== null || (current !== null && !draft.removed);
  const error = problem ? problemText(problem) : fileError;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    <fieldset className="image-picker">
      <legend>{t('initiativeImage.legend')}</legend>
      {draft.file && preview ? (
        <figure className="image-preview">
          <img src={preview} alt={draft.alt.trim()} />
          <figcaption>
            {t('initiativeImage.preview', {
              name: draft.file.name,
              size: fileSize(lang, draft.file.size),
            })}
          </figcaption>
        </figure>
      ) : (
        current &&
        !draft.removed && (
          <figure className="image-preview">
            <img
              src={current.thumbUrl}
              alt={current.alt}
              width={current.thumbWidth}
              height={current.thumbHeight}
            />
            <figcaption>{t('initiativeImage.current')}</figcaption>
          </figure>
        )
      )}
      {current && draft.removed && !draft.file && (
        <p className="alert alert-info image-removed">
          {t('initiativeImage.removed')}{' '}
          <button type="button" className="small-button" onClick={keep}>
            {t('initiativeImage.keep')}
          </button>
        </p>
      )}
      <div className={`field${error ? ' field-invalid' : ''}`}>
        <label htmlFor={id}>{shown ? t('initiativeImage.replace') : t('initiativeImage.choose')}</label>
        <p className="field-hint" id={hintId}>
          {t('initiativeImage.fileHint')}
        </p>
        <input
          ref={inputRef}
          id={id}
          type="file"
          accept={IMAGE_ACCEPT}
          onChange={choose}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        />
        {error && (
          <p className="field-error" id={errorId}>
            {error}
          </p>
        )}
      </div>
      {shown && (
        <>
          <TextAreaField
            label={t('initiativeImage.alt')}
            hint={t('initiativeImage.altHint')}
            required
            rows={2}
            maxLength={300}
            value={draft.alt}
            onChange={(e) => onChange({ ...draft, alt: e.target.value })}
            error={altError}
          />
          <div className="form-actions">
            <button type="button" className="secondary-button danger" onClick={remove}>
              {t('initiativeImage.remove')}
            </button>
          </div>
        </>
      )}
    </fieldset>
  );
}
