/**
 * The charter editor outside React: a CodeMirror 6 view with Markdown, the tone tints and lint
 * diagnostics from the analysis worker, undo history, Ctrl/Cmd+S, and the saved-text baseline that
 * tells whether there are unsaved changes. React renders the panel from what this reports.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorSelection, EditorState, Text } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import type {
  AnalysisResponse,
  EditorAnalysis,
  EditorSentence,
  EditorSuggestion,
} from '../analysis/protocol.js';
import { AnalysisScheduler } from '../analysis/scheduler.js';
import type { AnalysisPort } from '../analysis/worker-client.js';
import type { Lang, ToneLabel } from '../constants.js';
import {
  analysisField,
  applyAnalysis,
  applySuggestion,
  lintDiagnostics,
  mapAnalyzedRange,
  sentenceAt,
  toneTitles,
} from './analysis-state.js';

export interface ControllerOptions {
  parent: HTMLElement;
  doc: string;
  /** The document's language: analysis language and the content's `lang` attribute. */
  lang: Lang;
  readOnly: boolean;
  ariaLabel: string;
  /** Ids of the elements that explain the editor (the legend, the keyboard help). */
  describedBy?: string;
  titles: Partial<Record<ToneLabel, string>>;
  port: AnalysisPort;
  onDirtyChange: (dirty: boolean) => void;
  onAnalysis: (analysis: EditorAnalysis) => void;
  onAnalysisError?: (message: string) => void;
  onSentence: (sentence: EditorSentence | null) => void;
  onSave: () => void;
}

export class EditorController {
  readonly view: EditorView;
  private version = 0;
  private saved: Text;
  private dirty = false;
  private lastSentence: EditorSentence | null = null;
  private readonly scheduler: AnalysisScheduler;
  private readonly readOnly = new Compartment();
  /** The UI-language texts inside the editor: its accessible name and the tint titles. */
  private readonly labels = new Compartment();
  private readonly options: ControllerOptions;

  constructor(options: ControllerOptions) {
    this.options = options;
    this.scheduler = new AnalysisScheduler({
      send: (request) => options.port.post(request),
      onResult: (version, analysis) => this.receive(version, analysis),
      onError: (_version, message) => options.onAnalysisError?.(message),
    });
    options.port.onResponse((response: AnalysisResponse) => this.scheduler.receive(response));
    options.port.onFailure((message) => options.onAnalysisError?.(message));

    const state = EditorState.create({
      doc: options.doc,
      extensions: [
        history(),
        markdown(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        EditorView.lineWrapping,
        // The server names this nonce in the page's Content-Security-Policy: CodeMirror's <style>
        // elements carry it, so the policy allows no other inline style.
        EditorView.cspNonce.of(pageNonce()),
        lintGutter(),
        analysisField,
        this.labels.of(this.labelExtensions(options.ariaLabel, options.titles)),
        this.readOnly.of(EditorState.readOnly.of(options.readOnly)),
        keymap.of([
          {
            key: 'Mod-s',
            preventDefault: true,
            run: () => {
              options.onSave();
              return true;
            },
          },
          ...defaultKeymap,
          ...historyKeymap,
          ...lintKeymap,
        ]),
        EditorView.contentAttributes.of({
          // Editable text is in the tab order already; saying so lets checkers see that the
          // scrolling region around it holds focusable content (axe: scrollable-region-focusable).
          tabindex: '0',
          'aria-multiline': 'true',
          lang: options.lang,
          spellcheck: 'true',
          ...(options.describedBy ? { 'aria-describedby': options.describedBy } : {}),
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) this.changed();
          if (update.docChanged || update.selectionSet) this.cursorMoved();
        }),
      ],
    });
    this.saved = state.doc;
    this.view = new EditorView({ state, parent: options.parent });
    // The first analysis goes out at once: nobody is typing yet.
    this.scheduler.update(this.version, this.readText, options.lang);
    this.scheduler.flush();
  }

  /** The text to save. */
  text(): string {
    return this.view.state.doc.toString();
  }

  /** The text `saved` is now what the server holds. */
  markSaved(saved: string): void {
    const doc = this.view.state.doc;
    this.saved = doc.toString() === saved ? doc : Text.of(saved.split(/\r\n?|\n/));
    this.updateDirty();
  }

  isDirty(): boolean {
    return this.dirty;
  }

  /** The UI language changed: rename the editor and its tints (they refresh with the next analysis). */
  setLabels(ariaLabel: string, titles: Partial<Record<ToneLabel, string>>): void {
    this.view.dispatch({ effects: this.labels.reconfigure(this.labelExtensions(ariaLabel, titles)) });
  }

  private labelExtensions(ariaLabel: string, titles: Partial<Record<ToneLabel, string>>) {
    return [toneTitles.of(titles), EditorView.contentAttributes.of({ 'aria-label': ariaLabel })];
  }

  setReadOnly(readOnly: boolean): void {
    this.view.dispatch({ effects: this.readOnly.reconfigure(EditorState.readOnly.of(readOnly)) });
  }

  /** Selects a range of the analyzed text (mapped through later edits) and moves focus there. */
  select(from: number, to: number): boolean {
    const range = mapAnalyzedRange(this.view.state, from, to);
    if (!range) return false;
    this.view.dispatch({
      selection: EditorSelection.single(range.from, range.to),
      effects: EditorView.scrollIntoView(range.from, { y: 'center' }),
    });
    this.view.focus();
    return true;
  }

  apply(suggestion: EditorSuggestion): boolean {
    const done = applySuggestion(this.view, suggestion);
    this.view.focus();
    return done;
  }

  /** Inserts a paragraph at the end of the text and selects it. */
  appendParagraph(text: string): void {
    const doc = this.view.state.doc;
    const tail = doc.sliceString(Math.max(0, doc.length - 2));
    const sep = doc.length === 0 ? '' : tail.endsWith('\n\n') ? '' : tail.endsWith('\n') ? '\n' : '\n\n';
    const from = doc.length + sep.length;
    this.view.dispatch({
      changes: { from: doc.length, insert: `${sep}${text}\n` },
      selection: EditorSelection.single(from, from + text.length),
      scrollIntoView: true,
      userEvent: 'input.template',
    });
    this.view.focus();
  }

  focus(): void {
    this.view.focus();
  }

  destroy(): void {
    this.scheduler.dispose();
    this.options.port.terminate();
    this.view.destroy();
  }

  /** Every change bumps the version, so the current text is always the latest version's. */
  private readonly readText = () => this.view.state.doc.toString();

  private changed(): void {
    this.version += 1;
    this.scheduler.update(this.version, this.readText, this.options.lang);
    this.updateDirty();
  }

  private updateDirty(): void {
    const dirty = !this.view.state.doc.eq(this.saved);
    if (dirty !== this.dirty) {
      this.dirty = dirty;
      this.options.onDirtyChange(dirty);
    }
  }

  private receive(version: number, analysis: EditorAnalysis): void {
    // The scheduler only delivers the latest version; this also guards against a change it has not seen.
    if (version !== this.version) return;
    const state = this.view.state;
    this.view.dispatch(setDiagnostics(state, lintDiagnostics(analysis, state.doc.length)), {
      effects: applyAnalysis.of(analysis),
    });
    this.options.onAnalysis(analysis);
    this.cursorMoved();
  }

  private cursorMoved(): void {
    const sentence = sentenceAt(this.view.state, this.view.state.selection.main.head);
    const same =
      sentence?.label === this.lastSentence?.label &&
      sentence?.explanation === this.lastSentence?.explanation;
    if (same && (sentence === null) === (this.lastSentence === null)) return;
    this.lastSentence = sentence;
    this.options.onSentence(sentence);
  }
}

/** The style nonce the server put in index.html (empty in tests, which run without it). */
function pageNonce(): string {
  if (typeof document === 'undefined') return '';
  return document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
}
