/**
 * English messages. The reference catalogue: `fr.ts` must hold exactly the same keys and the same
 * `{placeholders}`. Keys ending in `_one` / `_other` are plural forms chosen by `Intl.PluralRules`.
 */
export const en = {
  // Program and help
  'program.description':
    'Write a social media charter that encourages as much as it frames: label the tone of its sentences and check its balance.',
  'help.title.usage': 'Usage:',
  'help.title.arguments': 'Arguments:',
  'help.title.options': 'Options:',
  'help.title.commands': 'Commands:',
  'help.title.globalOptions': 'Global options:',
  'help.title.examples': 'Examples:',
  'help.usage.program': '[options] [command]',
  'help.usage.classify': '[options] [file]',
  'help.usage.lint': '[options] [files...]',
  'help.arg.file': 'file',
  'help.arg.files': 'files...',
  'help.arg.command': 'command',
  'help.value.lang': 'lang',
  'help.value.format': 'format',
  'help.value.size': 'size',
  'lint.option.lang':
    'language of the documents: auto, fr or en (default: auto, from front matter lang or detected)',
  'help.option': 'display help for the command',
  'help.command': 'display help for a command',
  'help.version': 'print the version number',
  'help.langUi': 'language of messages and help: fr or en (default: from LC_ALL, LC_MESSAGES or LANG)',
  'help.maxSize': 'refuse files larger than this, e.g. 10MB, 512k, 2000000 (default: 10MB)',
  'classify.description':
    'Label the tone of each line: every non-empty line is one sentence, one result per line, in order.',
  'classify.argument': 'text file to read, or - for standard input (default: standard input when piped)',
  'classify.option.lang': 'language of the sentences: auto, fr or en (default: auto, detected per line)',
  'classify.option.format': 'output format: jsonl or text (default: jsonl)',
  'lint.description':
    'Analyze charters (Markdown, HTML or text): label counts, balance between enabling and restrictive voice, and diagnostics.',
  'lint.argument':
    'files, folders (their .md, .markdown, .html, .htm and .txt files) or glob patterns; - for standard input',
  'lint.option.format': 'output format: stylish or json (default: stylish)',
  'lint.option.sentences': 'also list every sentence with its label',
  'help.examples.program':
    '  charte classify --lang fr phrases.txt\n  echo "Feel free to share your projects." | charte classify\n  charte lint charter.md\n  charte lint --format json "docs/**/*.md"\n  charte --lang-ui fr lint charte.md',
  'help.examples.classify':
    '  charte classify phrases.txt\n  charte classify --lang en --format jsonl sentences.txt\n  printf "Do not share passwords.\\nWe encourage your initiatives.\\n" | charte classify',
  'help.examples.lint':
    '  charte lint charter.md\n  charte lint docs/\n  charte lint --format json --sentences "charters/*.md" > report.json',

  // Usage errors
  'usage.prefix': 'charte: {message}',
  'usage.hint': "Run '{command} --help' for usage.",
  'usage.unknownOption': "unknown option '{option}'",
  'usage.unknownCommand': "unknown command '{command}'",
  'usage.didYouMean': '(Did you mean {suggestion}?)',
  'usage.missingArgument': "missing required argument '{argument}'",
  'usage.optionMissingArgument': "option '{option}' needs a value",
  'usage.excessArguments': 'too many arguments: {command} takes at most {expected}',
  'usage.invalidChoice': "invalid value '{value}' for {option}: expected one of {choices}",
  'usage.invalidSize': "invalid size '{value}' for --max-size: expected e.g. 10MB, 512k or 2000000",
  'usage.noCommand': 'a command is required: classify or lint',
  'usage.noInput': 'no input: give a file, or pipe text into standard input',
  'usage.noFiles': 'no files given: name files, folders or glob patterns',
  'usage.stdinTwice': 'standard input (-) can be read only once',
  'usage.generic': '{message}',

  // Input problems: one line each, naming the file
  'input.line': 'charte: {path}: {problem}',
  'input.stdinName': '<stdin>',
  'input.notFound': 'no such file or directory',
  'input.noMatch': 'no file matches this pattern',
  'input.emptyFolder': 'no .md, .markdown, .html, .htm or .txt file in this folder',
  'input.isDirectory': 'is a folder, not a file',
  'input.tooLarge': 'file too large ({size}; the limit is {limit}, see --max-size)',
  'input.binary': 'looks like a binary file, not text',
  'input.utf16': 'is encoded in UTF-16; save it as UTF-8',
  'input.invalidUtf8': 'is not valid UTF-8 (first bad byte at offset {offset}); save it as UTF-8',
  'input.readError': 'cannot be read ({reason})',
  'input.empty': 'empty file, nothing to analyze',
  'input.emptyNotice': 'charte: note: {path}: {problem}',
  'input.diagnostic': 'charte: {path}:{line}:{column}: {message}',

  // Internal error
  'internal.error': 'charte: internal error: {message} (please report it; set CHARTE_DEBUG=1 for details)',

  // Tone labels and voices, as shown to people (JSON keeps the identifiers)
  'label.prohibition': 'prohibition',
  'label.obligation': 'obligation',
  'label.recommendation': 'recommendation',
  'label.permission': 'permission',
  'label.encouragement': 'encouragement',
  'label.commitment': 'commitment',
  'label.sanction': 'sanction',
  'label.informative': 'informative',
  'voice.enabling': 'enabling',
  'voice.restrictive': 'restrictive',
  'voice.guidance': 'guidance',
  'voice.neutral': 'neutral',
  'lang.fr': 'French',
  'lang.en': 'English',
  'format.markdown': 'Markdown',
  'format.html': 'HTML',
  'format.text': 'text',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',

  // Stylish report
  'stylish.fileHeader': '{path}  ({lang}, {format})',
  'stylish.sentences_one': '{count} sentence',
  'stylish.sentences_other': '{count} sentences',
  'stylish.labels': 'labels',
  'stylish.balance': 'balance',
  'stylish.score': '{score}/100 enabling',
  'stylish.noScore': 'no enabling or restrictive sentence',
  'stylish.summary.problems': '{errors} and {warnings} in {files}',
  'stylish.summary.clean': 'no problems in {files}',
  'stylish.summary.skipped_one': '{count} file skipped',
  'stylish.summary.skipped_other': '{count} files skipped',
  'stylish.summary.total': 'overall balance: {balance}',
  'stylish.errors_one': '{count} error',
  'stylish.errors_other': '{count} errors',
  'stylish.warnings_one': '{count} warning',
  'stylish.warnings_other': '{count} warnings',
  'stylish.files_one': '{count} file',
  'stylish.files_other': '{count} files',
  'classify.text.noCue': 'no cue',
} as const;

/** A message identifier. */
export type MessageKey = keyof typeof en;

/** A message catalogue: every key, in one language. */
export type Messages = Record<MessageKey, string>;
