import { styleText } from 'node:util';
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import type { MessageKey, Translator } from '../i18n/index.js';

/** A choice in a list: the value kept, the label shown. */
export interface PromptChoice<V> {
  value: V;
  name: string;
  checked?: boolean;
}

/** A validation: true when the answer is accepted, else the reason shown under the question. */
export type Validate<T> = (value: T) => true | string | Promise<true | string>;

/**
 * The four kinds of question the questionnaire asks. The terminal implementation is inquirer's;
 * tests pass a scripted one.
 */
export interface Prompter {
  select<V>(question: { message: string; choices: PromptChoice<V>[]; default?: V }): Promise<V>;
  checkbox<V>(question: {
    message: string;
    choices: PromptChoice<V>[];
    validate?: Validate<readonly V[]>;
  }): Promise<V[]>;
  input(question: { message: string; default?: string; validate?: Validate<string> }): Promise<string>;
  confirm(question: { message: string; default: boolean }): Promise<boolean>;
}

/** inquirer's key-hint actions (English, hard-coded in each prompt) and their catalogue keys. */
const KEY_ACTIONS: Record<string, MessageKey> = {
  navigate: 'new.key.navigate',
  select: 'new.key.select',
  all: 'new.key.all',
  invert: 'new.key.invert',
  submit: 'new.key.submit',
};

/**
 * The questions on the terminal, with @inquirer/prompts, every word in the UI language: inquirer
 * words its key hints and its own validation errors in English, so the hints are translated through
 * the theme and validation is always ours (never inquirer's `required`).
 */
export function terminalPrompter(t: Translator): Prompter {
  const keysHelpTip = (keys: [key: string, action: string][]) =>
    keys
      .map(([key, action]) => {
        const keyName = key === 'space' ? t.t('new.key.space') : key;
        const actionName = KEY_ACTIONS[action] ? t.t(KEY_ACTIONS[action]) : action;
        return `${styleText('bold', keyName)} ${styleText('dim', actionName)}`;
      })
      .join(styleText('dim', ' • '));
  const listTheme = { style: { keysHelpTip } };
  return {
    select: (question) => select({ ...question, theme: listTheme }),
    checkbox: ({ validate, ...question }) =>
      checkbox({
        ...question,
        theme: listTheme,
        // inquirer hands over its normalized choices; the questionnaire checks values.
        validate: validate ? (choices) => validate(choices.map((choice) => choice.value)) : undefined,
      }),
    input: (question) => input(question),
    confirm: (question) =>
      confirm({
        ...question,
        theme: {
          keywords: {
            yes: t.t('new.confirm.yes'),
            no: t.t('new.confirm.no'),
            error: ({ yes, no }: { yes: string; no: string }) => t.t('new.confirm.error', { yes, no }),
          },
        },
      }),
  };
}

/** Whether an error is inquirer's "the person pressed Ctrl+C" (or the terminal went away). */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
