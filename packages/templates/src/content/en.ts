/**
 * The English (Canadian) edition. Every rule comes with what people can do and the help offered;
 * consequences come last, after the dialogue; mistakes are met with understanding.
 */
import { type EditionContext, mailLink } from '../context.js';
import { capitalize, escapeLineStart, joinList } from '../format.js';
import {
  blocks,
  type EditionText,
  INLINE_VALUES,
  list,
  type PartText,
  paragraph,
  section,
  sentence,
} from './markdown.js';

export function englishEdition(c: EditionContext): EditionText {
  return {
    index: index(c),
    parts: {
      introduction: introduction(c),
      encadrer: frame(c),
      communiquer: communicate(c),
      eduquer: educate(c),
      valoriser: value(c),
    },
  };
}

function index(c: EditionContext): PartText {
  const w = c.words;
  return {
    title: `Social Media Use Charter — ${c.rawName}`,
    body: blocks(
      paragraph(
        `Social media is part of everyday life for ${c.audiences}.`,
        `It helps us share our news, answer questions and show the work done in ${w.places}.`,
        'This charter explains how to use it with confidence, with respect for people and for our values.',
      ),
      section(
        'Why this charter',
        paragraph(
          'A social media charter is much more than a list of prohibitions.',
          'It sets a clear frame, but above all it is here to encourage good initiatives and help them shine.',
          'It also recognizes that anyone can make a mistake, and it explains how we fix it together.',
        ),
      ),
      section(
        'How to read it',
        paragraph(
          'The charter has five parts.',
          'The introduction sets out its purpose, its scope and our values.',
          'The next four parts follow the four pillars of our online presence: frame, communicate, educate and value.',
          'Each rule comes with what you can do and with the help we offer.',
          'You do not have to remember everything: when in doubt, the communications team is here to help.',
        ),
      ),
      section(
        'Adoption and review',
        list(
          `Organization: ${c.name}`,
          `Platforms: ${c.platforms}`,
          `Adopted on: ${c.adopted}`,
          `Date of next review: ${c.nextReview}`,
        ),
        paragraph(
          `We review this charter ${c.period}, together with the people who bring it to life.`,
          `Your suggestions to improve it are welcome at any time at ${mailLink(c.communications)}.`,
        ),
      ),
    ),
  };
}

function introduction(c: EditionContext): PartText {
  const w = c.words;
  return {
    title: 'Introduction',
    body: blocks(
      section(
        'Purpose of this charter',
        paragraph(
          'The purpose of this charter is to help everyone use social media in a positive, safe and respectful way.',
          'It sets out our shared frame, explains how we communicate, offers guidance for learning and showcases initiatives.',
          'We believe a successful online presence rests on trust, and that trust is built together.',
        ),
      ),
      section(
        'Scope',
        paragraph(
          `This charter applies to everyone who posts on behalf of ${w.org} or manages one of its accounts.`,
          `In particular, it applies to ${w.staff}.`,
          c.students &&
            (c.school
              ? 'It is also addressed to students, who will find guidance here for taking part in the online life of their school.'
              : 'It is also addressed to students, who will find guidance here for taking part in our online activities.'),
          c.parents &&
            'Parents will see how to follow our news, talk with us and choose whether images of their child may be published.',
          c.public && `For ${w.public}, it sets out the rules of our online spaces and how we respond.`,
          `It covers our accounts on ${c.platforms}, and any other social media where we are present.`,
          `It also offers a few light-touch guidelines for personal use of social media when ${w.org} is the topic.`,
        ),
      ),
      section(
        'Our values',
        c.values.length <= INLINE_VALUES
          ? paragraph(`Our online presence rests on ${joinList(c.values, 'en')}.`)
          : blocks(
              paragraph('Our online presence rests on these values:'),
              list(...c.values.map((v) => escapeLineStart(capitalize(v)))),
            ),
        paragraph(
          'These values guide every post, every reply and every conversation.',
          'We invite you to bring them to life online, as you already do every day.',
        ),
      ),
    ),
  };
}

function frame(c: EditionContext): PartText {
  const w = c.words;
  const students = c.school || c.students;
  return {
    title: 'Frame: clear, reassuring guidelines',
    body: blocks(
      paragraph(
        'A clear frame protects people and lets everyone post with confidence.',
        'The rules that follow are few, and each one also says what you can do.',
      ),
      section(
        'Official accounts',
        paragraph(
          `The official accounts of ${w.org} are the ones that speak in its name, on ${c.platforms}.`,
          `You can propose opening ${w.localAccount}: the communications team will support you from the request to the first post.`,
          `Talk it over with ${w.manager} first, then write to ${mailLink(c.communications)}: we will set up the account with you.`,
          'Each official account has at least two administrators, registered with the communications team, so it stays active during holidays and absences.',
          'We keep access details secure and update them when an administrator changes roles.',
        ),
      ),
      section(
        'Personal use',
        paragraph(
          `You are free to use your personal accounts as you wish, and to share there with pride what happens in ${w.places}.`,
          `When you talk about ${w.org} in a personal capacity, make it clear that your opinions are your own.`,
          `Media requests are welcome: forward them to the communications team, which will find the right person to speak on behalf of ${w.org}.`,
          students &&
            'To communicate with students, it is best to use school tools and accounts rather than your personal accounts.',
        ),
      ),
      section(
        'Privacy and personal information',
        paragraph(
          'Together, we protect everyone’s privacy.',
          students
            ? 'Do not post personal information such as a home address, a phone number, a grade or health information.'
            : 'Do not post personal information such as a home address, a phone number or health information.',
          'You can always tell the story of an activity, a project or a group success without naming anyone.',
          'Ongoing matters and internal discussions stay confidential until they are officially announced.',
        ),
      ),
      section(
        'Image rights and consent',
        students
          ? paragraph(
              'Before posting a student’s photo, video or name, check that their parents have given written consent.',
              `To make your work easier, ${w.manager} keeps the list of consents up to date.`,
              'For adults, a verbal agreement, asked for before the picture, is usually enough.',
            )
          : paragraph(
              'Before posting a photo or video of someone, ask for their consent.',
              'For a minor, ask a parent or guardian.',
            ),
        paragraph(
          'Anyone may ask at any time for an image of them to be removed: it is their right, and we will remove it promptly with you.',
          'You can always post photos of places, hands at work or achievements without faces, which tell the story of an activity without exposing anyone.',
        ),
      ),
      section(
        'Intellectual property',
        paragraph(
          'Texts, photos, music and videos belong to their creators.',
          'You can share other people’s content by citing the source and crediting the author.',
          'The communications team provides royalty-free images, as well as our logo in its proper versions.',
          students &&
            'Before posting a student’s work, ask for their agreement and their parents’: their work belongs to them.',
        ),
      ),
      section(
        'Respect in our conversations',
        paragraph(
          'We want online spaces where everyone feels welcome.',
          'Harassment, hate speech, threats and personal attacks have no place there.',
          'You can disagree respectfully: a debate of ideas is welcome.',
          `If you witness or experience harassment, you can count on us: report it to ${mailLink(c.incidents)} and we will support you.`,
        ),
      ),
      section(
        'Proportionate consequences',
        paragraph(
          'We will always favour dialogue and support first.',
          'A breach of this charter may lead to measures proportionate to its severity, taking into account the circumstances and the person’s good faith.',
          'A mistake made in good faith calls for a correction, never for blame.',
        ),
      ),
    ),
  };
}

function communicate(c: EditionContext): PartText {
  const w = c.words;
  return {
    title: 'Communicate: bringing our community to life',
    body: blocks(
      paragraph(
        `Our accounts are places for conversation with ${w.public}.`,
        `The communications team brings them to life with the people who post every day in ${w.places}.`,
      ),
      section(
        'Who manages and moderates our accounts',
        paragraph(
          'The communications team coordinates the official accounts, prepares the content calendar and moderates comments.',
          'Administrators of other accounts manage their own community, with the team’s support.',
          'You can suggest a topic, a photo or a story at any time: we will help you shape it.',
        ),
      ),
      section(
        'Our hours and response times',
        paragraph(
          sentence(`The communications team is online ${c.hours}`),
          `During these hours, we respond to questions and messages ${c.responseDelay}.`,
          'A more complex request may take a little longer, and we will let you know.',
          'Outside these hours, we will read your messages as soon as we are back.',
          'In an emergency, call 911: our accounts are not monitored around the clock.',
        ),
      ),
      section(
        'The tone of our posts',
        paragraph(
          `We write in clear, warm and accessible language that reflects ${w.org}.`,
          'We invite you to use the same tone on official accounts: simple, precise and kind.',
          'Feel free to ask a colleague or the communications team to read your post before you publish it.',
        ),
      ),
      section(
        'Handling comments',
        paragraph(
          'We read every comment carefully and we answer questions during our hours.',
          'Respectful criticism stays online: it helps us improve.',
          'We hide comments that contain hate speech, threats, personal information or advertising, and we explain our decision when we can.',
          'The rules for our online spaces are posted on each of our accounts.',
          'You can send us a private message about any question that concerns you personally.',
        ),
      ),
    ),
  };
}

function educate(c: EditionContext): PartText {
  return {
    title: 'Educate: learning together',
    body: blocks(
      paragraph(
        'Using social media well is something we learn, at any age.',
        'We offer guidance, training and help, without judgment.',
      ),
      section(
        'Training and support',
        paragraph(
          'The communications team offers training every year to account administrators and anyone interested.',
          'We provide practical guides, post templates and inspiring examples.',
          'You can ask for one-on-one support to launch a project or improve an existing account.',
        ),
      ),
      section(
        'Good habits',
        list(
          'Remember to check your privacy settings before you post.',
          'Take a moment before replying to a message that upsets you.',
          'Make a habit of checking a piece of information and its source before sharing it.',
          'A strong password and two-step verification protect your accounts.',
          'Keep in mind that what is posted can stay online for a long time.',
        ),
        paragraph('We can help you turn on these protections and adjust your settings.'),
      ),
      c.students &&
        section(
          'With students',
          paragraph(
            'Social media is also a place to learn digital citizenship.',
            c.school
              ? 'We encourage teachers to discuss privacy, online respect and critical thinking in class.'
              : 'We encourage the adults who work with students to discuss privacy, online respect and critical thinking with them.',
            'Students can take part in creating content for our accounts, with the support of an adult.',
            'A student who is worried about something online can always confide in a trusted adult.',
          ),
        ),
      c.parents &&
        section(
          'With parents',
          paragraph(
            'Parents are our partners.',
            `You can follow our news on ${c.platforms} and write to us with any question.`,
            'We invite you to talk with your child about what they see and post online.',
            c.school
              ? 'You can change your consent to the publication of images of your child at any time by contacting their school.'
              : 'You can change your consent to the publication of images of your child at any time by writing to us.',
          ),
        ),
      section(
        'Room for human error',
        paragraph(
          'Anyone can make a mistake: a typo, a photo posted too quickly, a message sent to the wrong place.',
          'If it happens to you, correct or remove the post, then let the communications team know: together we will find the best way to fix it.',
          'An honest mistake, reported quickly, is met with understanding and without blame.',
          'It even helps us improve our practices for everyone.',
        ),
      ),
      section(
        'Need help?',
        paragraph(
          c.phone
            ? `For any question, feel free to write to the communications team at ${mailLink(c.communications)} or call ${c.phone}.`
            : `For any question, feel free to write to the communications team at ${mailLink(c.communications)}.`,
          sentence(`We answer ${c.hours}`),
          'Every question is welcome, even the simplest.',
        ),
      ),
      section(
        'Reporting an incident',
        paragraph(
          `Report any incident without delay to ${mailLink(c.incidents)}: a hacked account, a post that reveals personal information, harassment or inappropriate content.`,
          'If you can, include a screenshot and the link to the post.',
          'We acknowledge every report, act quickly to protect the people affected and keep you informed of what happens next.',
        ),
      ),
    ),
  };
}

function value(c: EditionContext): PartText {
  const w = c.words;
  return {
    title: 'Value: helping initiatives shine',
    body: blocks(
      paragraph(
        `Social media is a wonderful way to show the best of what happens in ${w.places}.`,
        'Every initiative that carries our values deserves to be encouraged, recognized and seen.',
      ),
      section(
        'Proposing an initiative',
        paragraph(
          'Do you have an idea for a project, an account or a post?',
          'We encourage you to propose it, even if it is only a draft.',
          `Simply write to ${mailLink(c.communications)} in a few lines: what you want to do, for whom and on which platform.`,
          'We will get back to you quickly and help you bring your project to life.',
          'You are also free to share good news from your workplace on your personal accounts.',
        ),
      ),
      section(
        'Recognizing and thanking',
        paragraph(
          c.students
            ? 'We regularly celebrate initiatives by students and staff on our official accounts, with the consent of the people involved.'
            : `We regularly celebrate initiatives by ${w.staff} on our official accounts, with the consent of the people involved.`,
          'Every year, we highlight the most inspiring projects and publicly thank the people who led them.',
          'A simple thank-you matters too: feel free to congratulate your colleagues on their successes.',
        ),
      ),
      section(
        'Our good news showcase',
        paragraph(
          `Our official accounts make regular room for good news: ${w.feats}.`,
          'Send us what you are proud of: a photo, a few words, and we will take care of the rest.',
          `Together, let’s help ${w.org} shine!`,
        ),
      ),
    ),
  };
}
