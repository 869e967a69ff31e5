import { type FormEvent, useEffect, useRef, useState } from 'react';
import { fieldErrors } from '../api/client.js';
import type { InitiativeDetail, Unit } from '../api/types.js';
import { useApp, usePageTitle, useSession } from '../app/context.js';
import { Link } from '../app/Link.js';
import { navigate, setNavigationGuard } from '../app/navigation.js';
import { can } from '../app/permissions.js';
import { routePath } from '../app/routes.js';
import { ChangesCallout } from '../components/ChangesCallout.js';
import { ErrorAlert, SelectField, TextAreaField, TextField } from '../components/forms.js';
import { ImagePicker } from '../components/ImagePicker.js';
import {
  bodyFromForm,
  canEditInitiative,
  choices,
  EMPTY_FORM,
  formFromInitiative,
  type InitiativeForm,
  sameForm,
  toggle,
} from '../initiatives/form-state.js';
import {
  type AltProblem,
  altNeeded,
  checkAlt,
  draftFrom,
  type ImageDraft,
  imageStep,
  NO_IMAGE_DRAFT,
} from '../initiatives/image.js';
import { imageFieldErrors } from '../initiatives/image-errors.js';

/** Platform names are brands: the same in both languages. */
export const PLATFORMS = [
  'Facebook',
  'Instagram',
  'LinkedIn',
  'YouTube',
  'TikTok',
  'X',
  'Threads',
  'Bluesky',
];

/**
 * What a new initiative hands to its edit page when it was saved but its image was not: the chosen
 * file, its description and the server's error, so that nothing typed is lost on the way.
 */
interface Handoff {
  initiativeId: string;
  draft: ImageDraft;
  error: unknown;
}
let handoff: Handoff | null = null;

const peekHandoff = (initiativeId: string | undefined) =>
  initiativeId && handoff?.initiativeId === initiativeId ? handoff : null;

/**
 * Proposing an initiative, or (with `initiativeId`) editing it: the proposer's own, while proposed or
 * changes requested; saving sends it back to review. The image is sent after the fields.
 */
export function InitiativeFormPage({ initiativeId }: { initiativeId?: string }) {
  const { api, t, announce } = useApp();
  const session = useSession();
  const editing = initiativeId !== undefined;
  const [units, setUnits] = useState<Unit[]>([]);
  const [orgValues, setOrgValues] = useState<string[] | null>(null);
  const [item, setItem] = useState<InitiativeDetail | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [baseline, setBaseline] = useState<InitiativeForm>(EMPTY_FORM);
  const [form, setForm] = useState<InitiativeForm>(EMPTY_FORM);
  const [image, setImage] = useState<ImageDraft>(() => peekHandoff(initiativeId)?.draft ?? NO_IMAGE_DRAFT);
  const [error, setError] = useState<unknown>(() => peekHandoff(initiativeId)?.error ?? null);
  const [imageFailed, setImageFailed] = useState(() => peekHandoff(initiativeId) !== null);
  const [altProblem, setAltProblem] = useState<AltProblem | null>(null);
  // The server's words about the image stand until the image or its description changes.
  const [imageTouched, setImageTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const fields = fieldErrors(error);
  const imageErrors = imageTouched ? {} : imageFieldErrors(error);
  const heading = editing ? t('initiativeForm.editHeading') : t('initiativeForm.heading');
  usePageTitle(editing && item ? `${heading} — ${item.title}` : heading);

  // Read once: the state above holds it now.
  useEffect(() => {
    if (peekHandoff(initiativeId)) handoff = null;
  }, [initiativeId]);

  useEffect(() => {
    let live = true;
    Promise.all([api.units(), api.organization(), initiativeId ? api.initiative(initiativeId) : null])
      .then(([u, org, existing]) => {
        if (!live) return;
        setUnits(u);
        setOrgValues(org.values);
        if (existing) {
          const prefilled = formFromInitiative(existing);
          setItem(existing);
          setBaseline(prefilled);
          setForm(prefilled);
          // A draft handed over from the proposal keeps its file and description.
          setImage((d) => (d.file ? d : draftFrom(existing.image)));
        } else if (session.unitId && u.some((unit) => unit.id === session.unitId)) {
          // A new proposal starts from the member's own unit (they may choose another); the baseline
          // moves with it, so leaving untouched asks nothing.
          const mine = session.unitId;
          setForm((f) => (f.unitId ? f : { ...f, unitId: mine }));
          setBaseline((b) => ({ ...b, unitId: mine }));
        }
      })
      .catch((e: unknown) => live && setLoadError(e));
    return () => {
      live = false;
    };
  }, [api, initiativeId, session.unitId]);

  const current = item?.image ?? null;
  const dirty = !sameForm(form, baseline) || imageStep(current, image) !== null;
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  // Leaving with unsaved changes asks first: links inside the app, and closing or reloading the tab.
  useEffect(() => {
    const removeGuard = setNavigationGuard(
      () => !dirtyRef.current || window.confirm(t('initiativeForm.leaveConfirm')),
    );
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      removeGuard();
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [t]);

  const set = <K extends keyof InitiativeForm>(key: K, value: InitiativeForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  /** After a refused save, the first field that says what to fix gets the focus. */
  const focusFirstInvalid = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  /** Sends the image change, if any; returns the error, or null. */
  const sendImage = async (id: string): Promise<unknown> => {
    const step = imageStep(current, image);
    try {
      if (step?.kind === 'upload') await api.uploadInitiativeImage(id, step.file, step.alt);
      else if (step?.kind === 'alt') await api.updateInitiativeImageAlt(id, step.alt);
      else if (step?.kind === 'delete') await api.deleteInitiativeImage(id);
      return null;
    } catch (e) {
      return e;
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const alt = altNeeded(current, image) ? checkAlt(image.alt) : null;
    setAltProblem(alt);
    setImageTouched(false);
    if (alt) {
      setError(null);
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    setError(null);
    setImageFailed(false);
    try {
      const body = bodyFromForm(form);
      const saved = initiativeId
        ? await api.updateInitiative(initiativeId, body)
        : await api.proposeInitiative(body);
      const imageError = await sendImage(saved.id);
      if (imageError) {
        if (!initiativeId) {
          // The initiative exists now: its edit page takes over, with the file, the text and the error.
          handoff = { initiativeId: saved.id, draft: image, error: imageError };
          navigate(routePath({ name: 'initiativeEdit', initiativeId: saved.id }), {
            replace: true,
            force: true,
          });
          return;
        }
        // The fields are saved: only the image is left to send.
        const prefilled = formFromInitiative(saved);
        setItem(saved);
        setBaseline(prefilled);
        setForm(prefilled);
        setError(imageError);
        setImageFailed(true);
        focusFirstInvalid();
        return;
      }
      announce(initiativeId ? t('initiativeForm.resubmitted') : t('initiativeForm.sent'));
      navigate(routePath({ name: 'initiative', initiativeId: saved.id }), { force: true });
    } catch (e) {
      setError(e);
      focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  };

  const groupError = (name: string) =>
    fields[name] ?? Object.entries(fields).find(([k]) => k.startsWith(`${name}.`))?.[1];

  const altText = altProblem
    ? altProblem.kind === 'altRequired'
      ? t('initiativeImage.errorAltRequired')
      : t('initiativeImage.errorAltTooLong', { count: altProblem.count })
    : imageErrors.alt;

  const breadcrumb = (
    <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link href={routePath({ name: 'initiatives' })}>{t('nav.initiatives')}</Link>
        </li>
        {initiativeId && item && (
          <li>
            <Link href={routePath({ name: 'initiative', initiativeId })}>{item.title}</Link>
          </li>
        )}
        <li aria-current="page">{heading}</li>
      </ol>
    </nav>
  );

  if (editing && (loadError || !item)) {
    return (
      <>
        {breadcrumb}
        <h1 tabIndex={-1}>{heading}</h1>
        {loadError ? <ErrorAlert error={loadError} /> : <p aria-busy="true">{t('common.loading')}</p>}
      </>
    );
  }

  if (initiativeId && item && !canEditInitiative(item, session.user.id)) {
    return (
      <>
        {breadcrumb}
        <h1 tabIndex={-1}>{heading}</h1>
        <p className="alert alert-info">{t('initiativeForm.notEditable')}</p>
        <p>
          <Link href={routePath({ name: 'initiative', initiativeId })}>
            {t('initiativeForm.backToInitiative')}
          </Link>
        </p>
      </>
    );
  }

  const valueChoices = choices(orgValues ?? [], form.values);

  return (
    <>
      {breadcrumb}
      <h1 tabIndex={-1}>{heading}</h1>
      {editing ? <p>{t('initiativeForm.resubmitHint')}</p> : <p>{t('initiatives.intro')}</p>}
      {item && <ChangesCallout item={item} />}
      {imageFailed && <p className="alert alert-warning">{t('initiativeForm.imageFailed')}</p>}
      <ErrorAlert
        error={error}
        shownFields={[
          'title',
          'description',
          'platforms',
          'accountUrl',
          'unitId',
          'audience',
          'values',
          'consent',
          'alt',
          'file',
        ]}
      />
      {loadError !== null && <ErrorAlert error={loadError} />}
      <form ref={formRef} className="form card" onSubmit={submit} noValidate>
        <TextField
          label={t('initiativeForm.title')}
          required
          value={form.title}
          onChange={(e) => set('title', e.target.value)}
          error={fields.title}
        />
        <TextAreaField
          label={t('initiativeForm.description')}
          required
          rows={5}
          value={form.description}
          onChange={(e) => set('description', e.target.value)}
          error={fields.description}
        />
        <fieldset className={`checkbox-group${groupError('platforms') ? ' field-invalid' : ''}`}>
          <legend>{t('initiativeForm.platforms')}</legend>
          {choices(PLATFORMS, form.platforms).map((p) => (
            <label key={p}>
              <input
                type="checkbox"
                checked={form.platforms.includes(p)}
                onChange={() => set('platforms', toggle(form.platforms, p))}
              />{' '}
              {p}
            </label>
          ))}
          {groupError('platforms') && <p className="field-error">{groupError('platforms')}</p>}
        </fieldset>
        <TextField
          label={t('initiativeForm.accountUrl')}
          hint={t('initiativeForm.accountUrlHint')}
          type="url"
          value={form.accountUrl}
          onChange={(e) => set('accountUrl', e.target.value)}
          error={fields.accountUrl}
        />
        <SelectField
          label={t('initiativeForm.unit')}
          value={form.unitId}
          onChange={(e) => set('unitId', e.target.value)}
          error={fields.unitId}
        >
          <option value="">{t('initiativeForm.noUnit')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('initiativeForm.audience')}
          required
          value={form.audience}
          onChange={(e) => set('audience', e.target.value)}
          error={fields.audience}
        />
        <fieldset className={`checkbox-group${groupError('values') ? ' field-invalid' : ''}`}>
          <legend>{t('initiativeForm.values')}</legend>
          {orgValues?.length === 0 && (
            <p className="field-hint">
              {t('initiativeForm.noValues')}{' '}
              {can(session.role, 'manageMembers') && (
                <Link href={`${routePath({ name: 'members' })}#values-heading`}>
                  {t('initiativeForm.setValues')}
                </Link>
              )}
            </p>
          )}
          {orgValues &&
            valueChoices.map((v) => (
              <label key={v}>
                <input
                  type="checkbox"
                  checked={form.values.includes(v)}
                  onChange={() => set('values', toggle(form.values, v))}
                />{' '}
                {v}
              </label>
            ))}
          {groupError('values') && <p className="field-error">{groupError('values')}</p>}
        </fieldset>
        <div className="field checkbox-field">
          <label>
            <input
              type="checkbox"
              checked={form.studentsAppear}
              onChange={(e) => set('studentsAppear', e.target.checked)}
            />{' '}
            {t('initiativeForm.studentsAppear')}
          </label>
        </div>
        {form.studentsAppear && (
          <fieldset className={groupError('consent') ? 'field-invalid' : undefined}>
            <legend>{t('initiative.students')}</legend>
            <div className="field checkbox-field">
              <label>
                <input
                  type="checkbox"
                  checked={form.consentObtained}
                  onChange={(e) => set('consentObtained', e.target.checked)}
                />{' '}
                {t('initiativeForm.consentObtained')}
              </label>
            </div>
            <TextField
              label={t('initiativeForm.consentNote')}
              value={form.consentNote}
              onChange={(e) => set('consentNote', e.target.value)}
            />
            {groupError('consent') && <p className="field-error">{groupError('consent')}</p>}
          </fieldset>
        )}
        <ImagePicker
          current={current}
          draft={image}
          onChange={(next) => {
            setImage(next);
            setAltProblem(null);
            setImageTouched(true);
          }}
          fileError={imageErrors.file}
          altError={altText}
        />
        <div className="field checkbox-field">
          <label>
            <input
              type="checkbox"
              checked={form.publicOk}
              onChange={(e) => set('publicOk', e.target.checked)}
            />{' '}
            {t('initiativeForm.publicOk')}
          </label>
        </div>
        <div className="form-actions">
          <button type="submit" className="primary-button" disabled={busy}>
            {editing ? t('initiativeForm.resubmit') : t('initiativeForm.submit')}
          </button>
          {initiativeId && (
            <Link
              href={routePath({ name: 'initiative', initiativeId })}
              className="secondary-button button-link"
            >
              {t('common.cancel')}
            </Link>
          )}
        </div>
      </form>
    </>
  );
}
