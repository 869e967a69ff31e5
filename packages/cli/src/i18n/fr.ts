import type { Messages } from './en.js';

/**
 * Messages en français. Mêmes clés et mêmes `{paramètres}` que `en.ts` (un test le vérifie).
 * Typographie : espace avant « : », guillemets français autour des valeurs citées.
 */
export const fr: Messages = {
  // Programme et aide
  'program.description':
    'Rédiger une charte des médias sociaux qui encourage autant qu’elle encadre : étiqueter le ton de ses phrases et vérifier son équilibre.',
  'help.title.usage': 'Utilisation :',
  'help.title.arguments': 'Arguments :',
  'help.title.options': 'Options :',
  'help.title.commands': 'Commandes :',
  'help.title.globalOptions': 'Options globales :',
  'help.title.examples': 'Exemples :',
  'help.usage.program': '[options] [commande]',
  'help.usage.classify': '[options] [fichier]',
  'help.usage.lint': '[options] [fichiers...]',
  'help.arg.file': 'fichier',
  'help.arg.files': 'fichiers...',
  'help.arg.command': 'commande',
  'help.value.lang': 'langue',
  'help.value.format': 'format',
  'help.value.size': 'taille',
  'lint.option.lang':
    'langue des documents : auto, fr ou en (par défaut : auto, selon le lang de l’en-tête ou détectée)',
  'help.option': 'afficher l’aide de la commande',
  'help.command': 'afficher l’aide d’une commande',
  'help.version': 'afficher le numéro de version',
  'help.langUi':
    'langue des messages et de l’aide : fr ou en (par défaut : selon LC_ALL, LC_MESSAGES ou LANG)',
  'help.maxSize': 'refuser les fichiers plus gros, p. ex. 10MB, 512k, 2000000 (par défaut : 10MB)',
  'classify.description':
    'Étiqueter le ton de chaque ligne : chaque ligne non vide est une phrase, un résultat par ligne, dans l’ordre.',
  'classify.argument':
    'fichier texte à lire, ou - pour l’entrée standard (par défaut : l’entrée standard si elle est redirigée)',
  'classify.option.lang': 'langue des phrases : auto, fr ou en (par défaut : auto, détectée ligne par ligne)',
  'classify.option.format': 'format de sortie : jsonl ou text (par défaut : jsonl)',
  'lint.description':
    'Analyser des chartes (Markdown, HTML ou texte) : nombre de phrases par étiquette, équilibre entre ton valorisant et ton restrictif, et diagnostics.',
  'lint.argument':
    'fichiers, dossiers (leurs fichiers .md, .markdown, .html, .htm et .txt) ou motifs glob ; - pour l’entrée standard',
  'lint.option.format': 'format de sortie : stylish ou json (par défaut : stylish)',
  'lint.option.sentences': 'lister aussi chaque phrase avec son étiquette',
  'help.examples.program':
    '  charte classify --lang fr phrases.txt\n  echo "N’hésitez pas à partager vos projets." | charte classify\n  charte lint charte.md\n  charte lint --format json "docs/**/*.md"\n  charte --lang-ui en lint charter.md',
  'help.examples.classify':
    '  charte classify phrases.txt\n  charte classify --lang fr --format text phrases.txt\n  printf "Ne partagez pas vos mots de passe.\\nNous encourageons vos initiatives.\\n" | charte classify',
  'help.examples.lint':
    '  charte lint charte.md\n  charte lint docs/\n  charte lint --format json --sentences "chartes/*.md" > rapport.json',

  // Erreurs d’utilisation
  'usage.prefix': 'charte : {message}',
  'usage.hint': 'Lancez « {command} --help » pour l’aide.',
  'usage.unknownOption': 'option inconnue « {option} »',
  'usage.unknownCommand': 'commande inconnue « {command} »',
  'usage.didYouMean': '(Vouliez-vous dire {suggestion} ?)',
  'usage.missingArgument': 'argument obligatoire manquant « {argument} »',
  'usage.optionMissingArgument': 'l’option « {option} » attend une valeur',
  'usage.excessArguments': 'trop d’arguments : {command} en accepte au plus {expected}',
  'usage.invalidChoice': 'valeur « {value} » invalide pour {option} : valeurs possibles {choices}',
  'usage.invalidSize': 'taille « {value} » invalide pour --max-size : p. ex. 10MB, 512k ou 2000000',
  'usage.noCommand': 'une commande est nécessaire : classify ou lint',
  'usage.noInput': 'aucune entrée : donnez un fichier, ou redirigez du texte vers l’entrée standard',
  'usage.noFiles': 'aucun fichier : nommez des fichiers, des dossiers ou des motifs glob',
  'usage.stdinTwice': 'l’entrée standard (-) ne peut être lue qu’une fois',
  'usage.generic': '{message}',

  // Problèmes d’entrée : une ligne chacun, qui nomme le fichier
  'input.line': 'charte : {path} : {problem}',
  'input.stdinName': '<entrée standard>',
  'input.notFound': 'fichier ou dossier introuvable',
  'input.noMatch': 'aucun fichier ne correspond à ce motif',
  'input.emptyFolder': 'aucun fichier .md, .markdown, .html, .htm ou .txt dans ce dossier',
  'input.isDirectory': 'est un dossier, pas un fichier',
  'input.tooLarge': 'fichier trop gros ({size} ; la limite est {limit}, voir --max-size)',
  'input.binary': 'semble être un fichier binaire, pas du texte',
  'input.utf16': 'est encodé en UTF-16 ; enregistrez-le en UTF-8',
  'input.invalidUtf8':
    'n’est pas de l’UTF-8 valide (premier octet fautif à la position {offset}) ; enregistrez-le en UTF-8',
  'input.readError': 'illisible ({reason})',
  'input.empty': 'fichier vide, rien à analyser',
  'input.emptyNotice': 'charte : note : {path} : {problem}',
  'input.diagnostic': 'charte : {path}:{line}:{column} : {message}',

  // Erreur interne
  'internal.error':
    'charte : erreur interne : {message} (merci de la signaler ; CHARTE_DEBUG=1 affiche les détails)',

  // Étiquettes et voix, telles qu’affichées (le JSON garde les identifiants)
  'label.prohibition': 'interdiction',
  'label.obligation': 'obligation',
  'label.recommendation': 'recommandation',
  'label.permission': 'permission',
  'label.encouragement': 'encouragement',
  'label.commitment': 'engagement',
  'label.sanction': 'sanction',
  'label.informative': 'informatif',
  'voice.enabling': 'valorisant',
  'voice.restrictive': 'restrictif',
  'voice.guidance': 'conseil',
  'voice.neutral': 'neutre',
  'lang.fr': 'français',
  'lang.en': 'anglais',
  'format.markdown': 'Markdown',
  'format.html': 'HTML',
  'format.text': 'texte',
  'severity.error': 'erreur',
  'severity.warning': 'avertissement',
  'severity.info': 'info',

  // Rapport « stylish »
  'stylish.fileHeader': '{path}  ({lang}, {format})',
  'stylish.sentences_one': '{count} phrase',
  'stylish.sentences_other': '{count} phrases',
  'stylish.labels': 'étiquettes',
  'stylish.balance': 'équilibre',
  'stylish.score': '{score}/100 valorisant',
  'stylish.noScore': 'aucune phrase valorisante ni restrictive',
  'stylish.summary.problems': '{errors} et {warnings} dans {files}',
  'stylish.summary.clean': 'aucun problème dans {files}',
  'stylish.summary.skipped_one': '{count} fichier ignoré',
  'stylish.summary.skipped_other': '{count} fichiers ignorés',
  'stylish.summary.total': 'équilibre global : {balance}',
  'stylish.errors_one': '{count} erreur',
  'stylish.errors_other': '{count} erreurs',
  'stylish.warnings_one': '{count} avertissement',
  'stylish.warnings_other': '{count} avertissements',
  'stylish.files_one': '{count} fichier',
  'stylish.files_other': '{count} fichiers',
  'classify.text.noCue': 'aucun indice',
};
