/**
 * The taxonomy's rules for hard cases, each with examples: the expected label and words the cue must
 * contain. Written for these tests; none is taken from the evaluation corpus.
 */
import { describe, expect, it } from 'vitest';
import type { ToneLabel } from '../../types.js';
import { classifyEnglish } from './index.js';

type Case = [text: string, label: ToneLabel, cue: string | null];

const RULES: Record<string, Case[]> = {
  'rule 1: the main clause decides, not a purpose or condition clause': [
    ['To protect our students, staff must not post their full names.', 'prohibition', 'must not'],
    ['In order to keep the page useful, comments should stay on topic.', 'recommendation', 'should'],
    ['If you have a concern about a post, you may contact the principal.', 'permission', 'may contact'],
    ['When you post on behalf of the school, use the official hashtag.', 'obligation', 'use'],
    [
      'Although we welcome criticism, threats will be reported to the police.',
      'sanction',
      'will be reported',
    ],
    ['Users who ignore these guidelines may be blocked.', 'sanction', 'may be blocked'],
    ['Posts that mention students by name must be approved first.', 'obligation', 'must be approved'],
    ['Because comments are public, think twice before you reply.', 'recommendation', 'think'],
    ['If a post is removed by mistake we will restore it.', 'commitment', 'will restore'],
  ],
  'rule 2: negated permission forbids, negated obligation permits': [
    ['You may not use the board logo on a personal page.', 'prohibition', 'may not'],
    ['Students cannot share recordings of their classes.', 'prohibition', 'can'],
    ['Nobody is allowed to post on behalf of the library.', 'prohibition', 'is allowed'],
    // What content may not hold restricts the people who post it.
    ['Posts cannot contain hateful or discriminatory content.', 'prohibition', 'cannot contain'],
    ['Comments may not include links to commercial sites.', 'prohibition', 'may not include'],
    ["Your profile picture can't display the district logo.", 'prohibition', "can't display"],
    ['The summary may not include every school.', 'informative', null],
    ['Confidential records may not be disclosed online.', 'prohibition', 'may not be disclosed'],
    ['You do not have to accept friend requests from parents.', 'permission', 'do not have to'],
    ['Staff are not required to use social media for work.', 'permission', 'not required'],
    ['Employees need not reply to messages on weekends.', 'permission', 'need not'],
    ['There is no obligation to follow the district on social media.', 'permission', 'no obligation'],
    [
      'Nothing in this policy prevents staff from discussing their working conditions.',
      'permission',
      'prevents',
    ],
    // A thing that "cannot be reduced to …" is described: what it is, not what anyone may do.
    ['A charter cannot be limited to a list of prohibitions.', 'informative', 'cannot be limited to'],
    ['Social media use cannot be reduced to a set of rules.', 'informative', 'cannot be reduced to'],
    ["Our online presence can't be confined to announcements.", 'informative', "can't be confined to"],
    ['Good digital citizenship cannot be boiled down to a list of bans.', 'informative', 'boiled down to'],
    ['Our communication cannot be summed up as a list of warnings.', 'informative', 'summed up as'],
    ['This policy is not merely a list of prohibitions.', 'informative', null],
    // People keep the prohibition; a withheld passive on content too.
    ['Employees cannot limit themselves to sharing official posts.', 'prohibition', 'cannot limit'],
    ['You cannot post photos of students without consent.', 'prohibition', 'cannot post'],
    ['Comments cannot be used for advertising.', 'prohibition', 'cannot be used'],
    // A restriction denied by a negative thing as subject ("nothing", "no rule") leaves people free.
    ['Nothing prevents you from sharing your own photos of public events.', 'permission', 'Nothing prevents'],
    [
      'Nothing stops staff from following the district on their personal accounts.',
      'permission',
      'Nothing stops',
    ],
    ['No rule prevents parents from commenting on class pages.', 'permission', 'No rule prevents'],
    ['None of these rules stops you from criticizing the city respectfully.', 'permission', 'stops'],
    [
      'Nothing will prevent students from publishing their own projects.',
      'permission',
      'Nothing will prevent',
    ],
    ['Nothing should stop you from asking questions.', 'permission', 'should stop'],
    ['Nothing here forbids volunteers from using their real names.', 'permission', 'forbids'],
    ['Nobody may prevent you from expressing a respectful opinion.', 'prohibition', 'Nobody may prevent'],
    ['Something prevents the page from loading on older phones.', 'informative', null],
  ],
  'rule 3: a conditional consequence of a breach is a sanction, even with may or can': [
    ['Any breach of this policy may result in disciplinary action.', 'sanction', 'disciplinary action'],
    ['Posting hateful content can lead to suspension.', 'sanction', 'lead to suspension'],
    ['If you break these rules, your account may be suspended.', 'sanction', 'may be suspended'],
    ['Failure to comply could result in the loss of administrator rights.', 'sanction', 'result in'],
    ['Employees who misuse district accounts will face disciplinary measures.', 'sanction', 'face'],
    ['Students who bully others online risk expulsion.', 'sanction', 'risk'],
    ['This change may result in fewer posts each week.', 'informative', null],
    // "expose … to" names a consequence when a sanction (or qualified measures) follows.
    [
      'Posting insults exposes the author to disciplinary measures.',
      'sanction',
      'exposes the author to disciplinary measures',
    ],
    ['Such comments could expose you to legal action.', 'sanction', 'could expose you to legal action'],
    [
      'Employees who leak confidential data are exposed to sanctions.',
      'sanction',
      'are exposed to sanctions',
    ],
    [
      'Breaching this charter may expose staff to administrative measures.',
      'sanction',
      'administrative measures',
    ],
    [
      'Anyone who posts hateful content exposes themselves to legal proceedings.',
      'sanction',
      'legal proceedings',
    ],
    ['Sharing your location exposes you to risks.', 'informative', null],
    ['Weak passwords expose your account to security threats.', 'informative', null],
    ['Public profiles are exposed to a wide audience.', 'informative', null],
  ],
  'rule 4: encourage, should and must keep their own force': [
    ['We encourage you to share your class projects.', 'encouragement', 'encourage'],
    ['You should check the privacy settings of your accounts.', 'recommendation', 'should'],
    ['You must check the privacy settings of official accounts.', 'obligation', 'must'],
    ['Teachers are encouraged to post about classroom successes.', 'encouragement', 'encouraged'],
  ],
  'rule 5: imperatives require, forbid or invite': [
    ['Respect the privacy of your colleagues.', 'obligation', 'Respect'],
    ['Always identify yourself as an employee.', 'obligation', 'Always identify'],
    ["Don't post photos of students without consent.", 'prohibition', "Don't post"],
    ['Never share your password.', 'prohibition', 'Never share'],
    ['Please do not use this page for complaints about staff.', 'prohibition', 'Please do not use'],
    ['Share your good news with us!', 'encouragement', 'Share'],
    ['Join our online community of educators.', 'encouragement', 'Join'],
    ['Feel free to tag us in your photos.', 'encouragement', 'Feel free'],
    ["Don't hesitate to ask us for help.", 'encouragement', 'hesitate'],
    ['Tell us what you think of our new page!', 'encouragement', 'Tell us'],
    ['Show us what your class has created!', 'encouragement', 'Show us'],
    ['Tell us about your favourite school memories.', 'encouragement', 'Tell us'],
    ['Let us know about upcoming events in your neighbourhood!', 'encouragement', 'Let us know'],
  ],
  'rule 6: the organization pledges, sanctions or allows itself': [
    ['The communications team will answer messages within two days.', 'commitment', 'will answer'],
    ['We will delete comments that contain threats.', 'sanction', 'will delete'],
    ['The school board may revise these guidelines at any time.', 'permission', 'may revise'],
    ['The district may remove posts that violate this policy.', 'sanction', 'may remove'],
    ['We will not tolerate harassment of any kind.', 'prohibition', 'will not tolerate'],
    // An effort pledged by the organization, like "strive": "do our best", "make every effort".
    ['We do our best to answer every message within two days.', 'commitment', 'We do our best'],
    ['We make every effort to reply quickly.', 'commitment', 'We make every effort'],
    ['The team does its best to moderate comments fairly.', 'commitment', 'does its best'],
    [
      'Our moderators make every reasonable effort to respond within 24 hours.',
      'commitment',
      'make every reasonable effort',
    ],
    ['We always try our best to reply within one business day.', 'commitment', 'try our best'],
    ['The city will make every effort to keep its pages accessible.', 'commitment', 'will make'],
    ['Students do their best in class.', 'informative', null],
  ],
  'rule 7: headings and neutral list introducers are informative; introducers with force keep it': [
    ['Official Accounts and Their Administrators', 'informative', null],
    ['The following rules apply to all staff:', 'informative', 'apply'],
    ['Please follow these guidelines:', 'informative', 'follow'],
    ['Some examples of unacceptable posts are listed below:', 'informative', 'are listed below'],
    ['We do not tolerate any of the following:', 'prohibition', 'do not tolerate'],
    ['Comments containing any of the following will be removed:', 'sanction', 'will be removed'],
    ['Social media means any website or app where people share content.', 'informative', 'means'],
  ],
  'rule 8: advice in the imperative recommends; polite orders keep their force': [
    ['Aim to post at least twice a week.', 'recommendation', 'Aim'],
    ['Remember that your posts reflect on the school.', 'recommendation', 'Remember'],
    ['Keep in mind that screenshots last forever.', 'recommendation', 'Keep in mind'],
    ['Be aware that parents may read your public posts.', 'recommendation', 'Be aware'],
    ['Staff should not post during class time.', 'recommendation', 'should not'],
    ['It is important to reply to parents politely.', 'recommendation', 'important'],
    [
      'The district discourages the use of personal accounts for school news.',
      'recommendation',
      'discourages',
    ],
    ['Please refrain from using profanity.', 'prohibition', 'refrain from'],
    ['Please respect the opinions of others.', 'obligation', 'Please respect'],
    ['Tip: add a description to every photo.', 'recommendation', 'add'],
    ['Where possible, use photos taken by students themselves.', 'recommendation', 'use'],
    ['Reply to parents as soon as possible.', 'obligation', 'Reply'],
    // A pause or a habit taken before acting, and an effort, advised in the imperative.
    ['Take the time to read the whole thread before replying.', 'recommendation', 'Take the time'],
    ['Take a few minutes to review your privacy settings.', 'recommendation', 'Take a few minutes'],
    ['Please take your time before answering a negative comment.', 'recommendation', 'take your time'],
    ['Make a habit of reviewing your posts before publishing.', 'recommendation', 'Make a habit'],
    ['Make it a habit to check your sources.', 'recommendation', 'Make it a habit'],
    ['Get into the habit of logging out of shared computers.', 'recommendation', 'Get into the habit'],
    ['Do your best to answer questions within a day.', 'recommendation', 'Do your best'],
    ['Make every effort to keep your comments constructive.', 'recommendation', 'Make every effort'],
    ['Take steps to secure your account.', 'obligation', 'Take'],
    ['Take the necessary steps to protect student data.', 'obligation', 'Take'],
  ],
  'rule 9: only X may restricts everyone else': [
    ['Only the principal may approve a class account.', 'prohibition', 'Only the principal may'],
    ['Only authorized staff are permitted to post on the main account.', 'prohibition', 'permitted'],
    ['Staff may only use approved platforms with students.', 'prohibition', 'may only use'],
  ],
  'rule 10: reservations, rights, agreements and reassurance': [
    [
      'We reserve the right to hide comments that contain profanity.',
      'sanction',
      'reserve the right to hide',
    ],
    [
      'The university reserves the right to block users who post spam.',
      'sanction',
      'reserves the right to block',
    ],
    ['We reserve the right to amend this charter.', 'permission', 'reserve the right to amend'],
    ['The team reserves the right not to answer anonymous messages.', 'permission', 'reserves the right not'],
    ['We may also refer you to another department.', 'commitment', 'may also refer'],
    ['You have the right to ask that a photo of your child be removed.', 'permission', 'have the right'],
    ['By joining this group, members agree to follow its rules.', 'obligation', 'agree to'],
    ['The city does not commit to answering every comment.', 'permission', 'does not commit'],
    ['All messages are read by a member of our team.', 'commitment', 'are read'],
    ['The city moderates comments on its pages.', 'informative', null],
    ['Honest mistakes will be dealt with kindly.', 'commitment', 'will be dealt'],
    ['Repeated abuses will be dealt with by the principal.', 'sanction', 'will be dealt'],
    ['The board will not accept any liability for third-party content.', 'informative', 'will not accept'],
  ],
  'rule 11: sanction words with no breach in view, and recognized facts': [
    ['All posts are subject to the platform terms of service.', 'informative', 'subject to'],
    ['Accounts that have been inactive for two years will be closed.', 'informative', null],
    ['We recognize that social media is part of daily life.', 'informative', 'recognize that'],
    [
      'Employees are subject to disciplinary action for misuse of accounts.',
      'sanction',
      'subject to disciplinary action',
    ],
    ['Staff must follow the security measures described below.', 'obligation', 'must follow'],
    ['Security measures protect our official accounts.', 'informative', null],
    ['Violations may lead to corrective measures.', 'sanction', 'corrective measures'],
  ],
  'rule 12: the first of two coordinated main clauses decides': [
    ['Spam is prohibited and will be removed.', 'prohibition', 'is prohibited'],
    ['Be kind to others, and report anything that worries you.', 'obligation', 'Be kind'],
    ['We read every message, but we cannot reply to all of them.', 'permission', 'cannot reply'],
    [
      'Offensive language adds nothing to a discussion, and such comments will be deleted.',
      'sanction',
      'will be deleted',
    ],
    ["Share your photos with us and we'll feature the best ones.", 'commitment', "we'll feature"],
    ['We are here to help, but we expect everyone to stay courteous.', 'obligation', 'expect'],
  ],
  'questions, negation scope and subjects': [
    ['Can I post pictures of my students?', 'informative', '?'],
    ['Why not share a video of your science fair?', 'encouragement', 'Why not'],
    ['Your post may be seen by thousands of people.', 'informative', null],
    ['You may still be recognized as an employee.', 'informative', null],
    ['Some comments may not be visible right away.', 'informative', null],
    ['Staff will not be able to answer questions about individual students.', 'informative', null],
    ['Sometimes posts cannot be published on the requested date.', 'informative', null],
    ['No advertising.', 'prohibition', 'No advertising'],
    ['Absolutely no spam!', 'prohibition', 'no spam'],
    ['Respectful comments only, please.', 'obligation', 'Respectful comments only'],
    ['Under no circumstances should students be tagged in photos.', 'prohibition', 'Under no circumstances'],
    ['The purpose of this policy is to guide employees.', 'informative', null],
  ],
  'a noun after a noun inside a prepositional or object phrase is no verb': [
    ['This page is not an official channel for service requests.', 'informative', null],
    ['The inbox is not monitored for staff requests after hours.', 'informative', null],
    ['This account is not the place for service reports.', 'informative', null],
    ['The district requests that staff log out of shared devices.', 'obligation', 'requests'],
  ],
  'rule 8: a leading phrase, then "please" and an imperative': [
    ['For a service request or a complaint, please call 311.', 'obligation', 'please call'],
    ['For urgent matters, please dial 911.', 'obligation', 'please dial'],
    ['In case of a hacked account, kindly phone the help desk.', 'obligation', 'kindly phone'],
    ['Please note that comments are moderated.', 'informative', 'Please note'],
  ],
  'people who are expected to act have a duty; people who serve the reader pledge': [
    [
      'Staff who manage official accounts are expected to respond within one business day.',
      'obligation',
      'are expected to',
    ],
    [
      'Employees who moderate comments are expected to reply within two days.',
      'obligation',
      'are expected to',
    ],
    ['Moderators are expected to act within 24 hours.', 'obligation', 'are expected to'],
    [
      'Team members who post for the City are expected to identify themselves.',
      'obligation',
      'are expected to',
    ],
    ['The communications staff will help you.', 'commitment', 'will help'],
    ['Staff will help you find the right form.', 'commitment', 'will help'],
    ['Staff will share the schedule with parents.', 'obligation', 'will share'],
  ],
};

for (const [rule, cases] of Object.entries(RULES)) {
  describe(rule, () => {
    it.each(cases)('%s → %s', (text, label, cue) => {
      const result = classifyEnglish(text);
      expect(result.label).toBe(label);
      if (cue === null) {
        expect(result.label).toBe('informative');
      } else {
        expect(result.cue?.text.toLowerCase()).toContain(cue.toLowerCase());
      }
    });
  });
}
