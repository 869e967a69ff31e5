import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { EditorAnalysis, EditorSentence, EditorSuggestion } from '../analysis/protocol.js';
import { startAnalysisWorker } from '../analysis/worker-client.js';
import type { Charter, Version } from '../api/types.js';
import { useApp, usePageTitle, useSession } from '../app/context.js';
import { Link } from '../app/Link.js';
import { setNavigationGuard } from '../app/navigation.js';
import { can, isEditable } from '../app/permissions.js';
import { routePath } from '../app/routes.js';
import { AnalysisPanel, type PanelActions } from '../components/AnalysisPanel.js';
import { BehindBadge, StatusBadge, ToneChip } from '../components/badges.js';
import { ErrorAlert } from '../components/forms.js';
import { ToneLegend } from '../components/Legend.js';
import { type ClauseId, type Lang, TONE_LABELS, type ToneLabel } from '../constants.js';
import { EditorController } from '../editor/controller.js';
import { type MessageKey, translate } from '../i18n/index.js';

interface Props {
  charterId: string;
  versionId: string;
  lang: Lang;
}

export function EditorPage({ charterId, versionId, lang }: Props) {
  const { api, t } = useApp();
  const [charter, setCharter] = useState<Charter | null>(null);
  const [version, setVersion] = useState<Version | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    Promise.all([api.charter(charterId), api.version(versionId)])
      .then(([c, v]) => {
        if (!live) return;
        setCharter(c);
        setVersion(v);
      })
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [api, charterId, versionId]);

  usePageTitle(charter ? `${charter.title} (${lang.toUpperCase()})` : t('editor.loading'));

  if (error) {
    return (
      <>
        <h1 tabIndex={-1}>{t('editor.heading')}</h1>
        <ErrorAlert error={error} />
      </>
    );
  }
  if (!charter || !version) {
    return (
      <>
        <h1 tabIndex={-1}>{t('editor.heading')}</h1>
        <p aria-busy="true">{t('editor.loading')}</p>
      </>
    );
  }
  const document = version.documents[lang];
  if (!document) {
    return (
      <>
        <h1 tabIndex={-1}>{charter.title}</h1>
        <p className="alert alert-error" role="alert">
          {t('editor.noLanguage', { lang: t(`lang.${lang}`) })}
        </p>
      </>
    );
  }
  return (
    <EditorWorkspace
      key={`${versionId}:${lang}`}
      charter={charter}
      version={version}
      setVersion={setVersion}
      lang={lang}
      source={document.source}
    />
  );
}

interface WorkspaceProps {
  charter: Charter;
  version: Version;
  setVersion: (version: Version) => void;
  lang: Lang;
  source: string;
}

type SaveState = 'saved' | 'dirty' | 'saving';

function EditorWorkspace({ charter, version, setVersion, lang, source }: WorkspaceProps) {
  const { api, t, announce, date } = useApp();
  const session = useSession();
  const hostRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<EditorController | null>(null);
  const [analysis, setAnalysis] = useState<EditorAnalysis | null>(null);
  const [analysisError, setAnalysisError] = useState<string | null>(null);
  const [sentence, setSentence] = useState<EditorSentence | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const legendId = useId();
  const helpId = useId();
  const editorLabelId = useId();

  const readOnly = !isEditable(version.status) || !can(session.role, 'editDraft');
  const ariaLabel = t('editor.ariaLabel', { lang: t(`lang.${lang}`) });
  const titles = useMemo(() => {
    const out: Partial<Record<ToneLabel, string>> = {};
    for (const label of TONE_LABELS) out[label] = t(`label.${label}`);
    return out;
  }, [t]);

  const dirtyRef = useRef(false);
  const savingRef = useRef(false);

  const save = useCallback(async () => {
    const controller = controllerRef.current;
    // Saving unchanged text would still send an in-review version back to draft.
    if (!controller || readOnly || savingRef.current || !controller.isDirty()) return;
    const text = controller.text();
    savingRef.current = true;
    setSaveState('saving');
    setSaveError(null);
    try {
      const next = await api.saveDocument(version.id, lang, text);
      controller.markSaved(text);
      setSavedAt(new Date().toISOString());
      if (version.status === 'in_review' && next.status === 'draft') {
        setNotice(t('editor.backToDraft'));
        announce(t('editor.backToDraft'));
      } else {
        announce(t('editor.savedAnnounce'));
      }
      setVersion(next);
    } catch (e) {
      setSaveError(e);
    } finally {
      savingRef.current = false;
      setSaveState(controller.isDirty() ? 'dirty' : 'saved');
    }
  }, [api, version.id, version.status, lang, readOnly, setVersion, announce, t]);

  const saveRef = useRef(save);
  saveRef.current = save;

  // The editor is created once per version and language; later renders only talk to it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: recreating the editor would lose the text being typed
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const controller = new EditorController({
      parent: host,
      doc: source,
      lang,
      readOnly,
      ariaLabel,
      describedBy: `${legendId} ${helpId}`,
      titles,
      port: startAnalysisWorker(),
      onDirtyChange: (dirty) => {
        dirtyRef.current = dirty;
        if (!savingRef.current) setSaveState(dirty ? 'dirty' : 'saved');
      },
      onAnalysis: (next) => {
        setAnalysisError(null);
        setAnalysis(next);
      },
      onAnalysisError: (message) => setAnalysisError(message),
      onSentence: setSentence,
      onSave: () => void saveRef.current(),
    });
    controllerRef.current = controller;
    return () => {
      controllerRef.current = null;
      dirtyRef.current = false;
      controller.destroy();
    };
  }, []);

  useEffect(() => {
    controllerRef.current?.setLabels(ariaLabel, titles);
  }, [ariaLabel, titles]);

  useEffect(() => {
    controllerRef.current?.setReadOnly(readOnly);
  }, [readOnly]);

  // Leaving with unsaved changes asks first: links inside the app, and closing or reloading the tab.
  useEffect(() => {
    const removeGuard = setNavigationGuard(
      () => !dirtyRef.current || window.confirm(t('editor.leaveConfirm')),
    );
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    const keydown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 's')
        return;
      event.preventDefault();
      void saveRef.current();
    };
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('keydown', keydown);
    return () => {
      removeGuard();
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('keydown', keydown);
    };
  }, [t]);

  const actions: PanelActions = useMemo(
    () => ({
      readOnly,
      select: (from, to) => {
        if (!controllerRef.current?.select(from, to)) announce(t('editor.staleTarget'));
      },
      apply: (suggestion: EditorSuggestion) => {
        const done = controllerRef.current?.apply(suggestion) ?? false;
        announce(done ? t('editor.applied') : t('editor.staleTarget'));
        return done;
      },
      insertTemplate: (clause: ClauseId) => {
        controllerRef.current?.appendParagraph(translate(lang, `template.${clause}` as MessageKey));
        announce(t('editor.applied'));
      },
    }),
    [readOnly, announce, t, lang],
  );

  const langs = charter.langs.filter((l) => version.documents[l]);
  const statusText =
    saveState === 'saving'
      ? t('editor.saving')
      : saveState === 'dirty'
        ? t('editor.unsaved')
        : savedAt
          ? t('editor.savedAt', { time: date(savedAt) })
          : t('editor.upToDate');

  return (
    <div className="editor-page">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link href={routePath({ name: 'charters' })}>{t('nav.charters')}</Link>
          </li>
          <li>
            <Link href={routePath({ name: 'charter', charterId: charter.id })}>{charter.title}</Link>
          </li>
          <li aria-current="page">{t('version.number', { number: version.number })}</li>
        </ol>
      </nav>
      <div className="page-heading">
        <h1 tabIndex={-1}>{charter.title}</h1>
        <p className="page-meta">
          {t('version.number', { number: version.number })} <StatusBadge status={version.status} />
        </p>
      </div>

      <div className="editor-toolbar">
        <nav aria-label={t('editor.languages')} className="lang-tabs">
          <ul>
            {langs.map((l) => (
              <li key={l}>
                <Link
                  href={routePath({ name: 'editor', charterId: charter.id, versionId: version.id, lang: l })}
                  aria-current={l === lang ? 'page' : undefined}
                  className="lang-tab"
                >
                  {t(`lang.${l}`)}
                  {version.behind.includes(l) && (
                    <>
                      {' '}
                      <BehindBadge />
                    </>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="save-area">
          <p className={`save-status save-${saveState}`} role="status">
            {statusText}
          </p>
          {!readOnly && (
            <button
              type="button"
              className="primary-button"
              onClick={() => void save()}
              disabled={saveState !== 'dirty'}
              aria-keyshortcuts="Control+S"
            >
              {t('editor.save')}
            </button>
          )}
        </div>
      </div>

      {readOnly && (
        <p className="alert alert-info">
          {isEditable(version.status) ? t('editor.readOnlyRole') : t('editor.readOnlyStatus')}
        </p>
      )}
      {!readOnly && version.status === 'in_review' && (
        <p className="alert alert-info">{t('editor.inReviewNotice')}</p>
      )}
      {version.behind.includes(lang) && <p className="alert alert-warning">{t('editor.behindNotice')}</p>}
      {notice && (
        <p className="alert alert-info" role="status">
          {notice}
        </p>
      )}
      <ErrorAlert error={saveError} />
      {analysisError && (
        <p className="alert alert-error" role="alert">
          {t('editor.analysisFailed')}
        </p>
      )}

      <div className="editor-layout">
        <section className="editor-main" aria-labelledby={editorLabelId}>
          <h2 id={editorLabelId} className="visually-hidden">
            {ariaLabel}
          </h2>
          <div ref={hostRef} className="editor-host" />
          <p className="sentence-status" aria-live="polite">
            {sentence ? (
              <>
                <ToneChip label={sentence.label} />{' '}
                <span lang={lang} className="sentence-why">
                  {sentence.explanation}
                </span>
              </>
            ) : (
              t('editor.noSentence')
            )}
          </p>
          <p id={helpId} className="editor-help">
            {readOnly ? t('editor.keyboardHelpReadOnly') : t('editor.keyboardHelp')}
          </p>
          <ToneLegend id={legendId} analysis={analysis} />
        </section>
        <aside className="editor-panel" aria-label={t('panel.label')}>
          <AnalysisPanel analysis={analysis} actions={actions} />
        </aside>
      </div>
      <p className="page-foot">
        <Link href={routePath({ name: 'charter', charterId: charter.id })}>{t('editor.toHistory')}</Link>
      </p>
    </div>
  );
}
