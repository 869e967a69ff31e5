/** Each English pattern: input → exact rewording, the edit applied gives the result, the rule's words survive. */
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../../tone/index.js';
import type { Rewording } from '../../types.js';
import { rewordSentence } from '../index.js';

/** Rewords with a given label; checks that the edit applied to the text gives the result. */
function reword(text: string, label: 'prohibition' | 'obligation'): Rewording | null {
  const tone = { label, confidence: 1, cue: null, explanation: '' };
  const organization = { name: null, kind: null, values: [], platforms: [] };
  const r = rewordSentence({ text, lang: 'en', tone, organization });
  if (r) expect(text.slice(0, r.start) + r.replacement + text.slice(r.end)).toBe(r.result);
  return r;
}

const PROHIBITIONS: Record<string, Array<[string, string]>> = {
  'en/without-condition': [
    [
      'Do not post photos of students without written parental consent.',
      'You may post photos of students once you have written parental consent.',
    ],
    [
      'Posting recordings made in class without permission is not allowed.',
      'You may post recordings made in class once you have permission.',
    ],
    [
      "Employees must not share student work without the student's permission.",
      "Employees may share student work only with the student's permission.",
    ],
    [
      'Never share a news story without checking the source.',
      'Share a news story only after checking the source.',
    ],
    [
      "Agree not to delete posts or comments without approval from the district's communications coordinator.",
      "You may delete posts or comments only with approval from the district's communications coordinator.",
    ],
    ['You may not tag students without their consent.', 'You may tag students once you have their consent.'],
    [
      'Please refrain from posting photos of colleagues without their consent.',
      'You may post photos of colleagues once you have their consent.',
    ],
    ['Never post without thinking.', 'Post only after thinking.'],
    [
      'It is forbidden for students to post photos of staff without their consent.',
      'Students may post photos of staff only with their consent.',
    ],
    [
      'Students are prohibited from posting photos of staff without their consent.',
      'Students may post photos of staff only with their consent.',
    ],
  ],
  'en/unless': [
    [
      'Do not post photos of students unless a media release is on file.',
      'You may post photos of students only if a media release is on file.',
    ],
    [
      'You may not use the district logo unless the communications office has approved it.',
      'You may use the district logo only if the communications office has approved it.',
    ],
    [
      'Staff cannot post on behalf of the school unless they are designated spokespeople.',
      'Staff can post on behalf of the school only if they are designated spokespeople.',
    ],
  ],
  'en/to-get-first': [
    [
      "No one may create an account in the district's name without approval from the communications office.",
      "To create an account in the district's name, get approval from the communications office first.",
    ],
    [
      'No employee may speak to the media on behalf of the company without prior authorization.',
      'To speak to the media on behalf of the company, get prior authorization.',
    ],
    [
      "Nobody may post on the school's page without checking with the principal.",
      "To post on the school's page, check with the principal first.",
    ],
  ],
  'en/only-ask': [
    [
      'Only designated spokespeople may speak on behalf of the school.',
      'Ask designated spokespeople to speak on behalf of the school.',
    ],
    [
      'Only the communications office can create official accounts.',
      'Ask the communications office to create official accounts.',
    ],
    [
      'Only page administrators are allowed to delete comments.',
      'Ask page administrators to delete comments.',
    ],
  ],
  'en/would-be-happy': [
    [
      "Don't post anything you wouldn't want to see on the front page of a newspaper.",
      'Post only what you would be happy to see on the front page of a newspaper.',
    ],
    [
      "Do not post anything you wouldn't want friends, rivals, parents, teachers or a present or future boss to see.",
      'Post only what you would be happy for friends, rivals, parents, teachers or a present or future boss to see.',
    ],
    [
      'Never share content that you would not want your principal to read.',
      'Share only content that you would be happy for your principal to read.',
    ],
  ],
  'en/identity': [
    ['Do not impersonate another person.', 'Use your own identity.'],
    ['Never pretend to be someone else online.', 'Use your own identity.'],
    ['Employees must not impersonate colleagues.', 'We count on employees to use their own identity.'],
  ],
  'en/keep-to-yourself': [
    ['Never share your password.', 'Keep your password to yourself.'],
    [
      'Never share the passwords of official accounts.',
      'Keep the passwords of official accounts to yourself.',
    ],
    ['Do not give out your login credentials to anyone.', 'Keep your login credentials to yourself.'],
    [
      'Staff must not share their passwords with anyone.',
      'We count on staff to keep their passwords to themselves.',
    ],
  ],
  'en/confidential': [
    [
      'Employees must not disclose confidential student information on social media.',
      'We count on employees to protect confidential student information on social media.',
    ],
    [
      'Do not post internal reports, policies, procedures or other internal documents.',
      'Keep internal reports, policies, procedures or other internal documents confidential.',
    ],
    [
      'Never hand out personal details: student number, phone numbers, home or email addresses, full birth dates, or private photos.',
      'Keep personal details confidential: student number, phone numbers, home or email addresses, full birth dates, or private photos.',
    ],
    [
      "To protect student privacy, posting a student's full name is prohibited.",
      "To protect student privacy, keep a student's full name confidential.",
    ],
    [
      'Do not publish, post or release information that is confidential or not yet public.',
      'Protect information that is confidential or not yet public.',
    ],
  ],
  'en/respect': [
    ['Do not bait or start fights with other members.', 'Treat other members with respect.'],
    ['Never insult or belittle your colleagues online.', 'Treat your colleagues with respect online.'],
    [
      'Students must not harass other students.',
      'We count on students to treat other students with respect.',
    ],
    ['Do not make fun of other users.', 'Treat other users with respect.'],
  ],
  'en/respectful-speech': [
    [
      'Do not post hateful or discriminatory comments.',
      'Express yourself respectfully, without posting hateful or discriminatory comments.',
    ],
    [
      'Never use offensive language on our channels.',
      'Express yourself respectfully, without using offensive language on our channels.',
    ],
    [
      'Employees must not share abusive messages.',
      'We count on employees to express themselves respectfully, without sharing abusive messages.',
    ],
  ],
  'en/keep-free': [
    [
      'Harassment, threats and hate speech are prohibited on our pages.',
      'Keep our pages free of harassment, threats and hate speech.',
    ],
    [
      'Hate speech will not be tolerated under any circumstances.',
      'Keep your exchanges free of hate speech.',
    ],
    [
      'There is no room for hate speech or comments that stir up hateful speech in our community.',
      'Keep our community free of hate speech or comments that stir up hateful speech.',
    ],
    [
      'Personal attacks on our creators or other members will not be tolerated.',
      'Keep your exchanges free of personal attacks on our creators or other members.',
    ],
    [
      'Spam and advertising are not allowed in the comments.',
      'Keep the comments free of spam and advertising.',
    ],
  ],
  'en/antonym': [
    ["Do not tarnish the district's reputation.", "Protect the district's reputation."],
    ['Never ignore the community guidelines.', 'Follow the community guidelines.'],
    [
      'Employees must not misuse the company logo.',
      'We count on employees to use the company logo appropriately.',
    ],
    ['Do not neglect the security of your accounts.', 'Take care of the security of your accounts.'],
  ],
  'en/coordination': [
    [
      'Do not insult other members, and never share your password.',
      'Treat other members with respect and keep your password to yourself.',
    ],
    [
      "Do not tarnish the school's reputation and do not share your password.",
      "Protect the school's reputation and keep your password to yourself.",
    ],
    [
      'Never mock other users and never share their personal details.',
      'Treat other users with respect and keep their personal details to yourself.',
    ],
  ],
};

const OBLIGATIONS: Array<[string, string]> = [
  [
    'Staff must follow the same standards of conduct online as in person.',
    'We count on staff to follow the same standards of conduct online as in person.',
  ],
  [
    'Page administrators are required to respond to messages within two business days.',
    'We count on page administrators to respond to messages within two business days.',
  ],
  [
    'When you represent your school online, you must remain courteous.',
    'When you represent your school online, we count on you to remain courteous.',
  ],
  [
    'Employees are expected to report content that could harm a student.',
    'We count on employees to report content that could harm a student.',
  ],
  [
    'You have to obtain consent before posting an image of a colleague.',
    'We count on you to obtain consent before posting an image of a colleague.',
  ],
  [
    'It is mandatory to enable two-factor authentication on official accounts.',
    'We count on you to enable two-factor authentication on official accounts.',
  ],
  ['Staff must always be respectful.', 'We count on staff to always be respectful.'],
];

const NO_PROHIBITION_REWORDING = [
  'Do not share your password with your students.',
  'Do not share your personal details with other members, or urge other members to share theirs with you.',
  'You may not use the district logo on personal accounts.',
  'Staff are not permitted to friend current students on personal accounts.',
  'Students may not be listed as administrators.',
  'We will not tolerate or reply to abusive messages.',
  'Swearing, personal attacks and sales pitches are prohibited, and should be removed if outside users post them as comments.',
  'Do not post about off-site student trips while the trip is still under way.',
  'Do not post photos without a filter.',
  'Is it forbidden to post photos without consent?',
  'Do not frobnicate photos without consent.',
  'Do not post photos without consent, except for field trips.',
  'Do not share anything without approval.',
  'Photos are not allowed in the locker room.',
  'Do not post photos without consent or tag students without permission.',
  'Do not reply to abusive comments.',
  'Political campaigning is prohibited on district accounts.',
];

const NO_OBLIGATION_REWORDING = [
  'Every official account must be registered with the communications office.',
  'University staff must follow the laws on privacy.',
  'To protect students, staff must report incidents.',
  'We must publish content daily.',
  "Official posts shall reflect the district's values.",
  'You must answer questions; the communications team can help you.',
  'Accounts must be set up by an employee.',
  'At least two employees must have admin access to each account.',
  'Students must have parental consent to open an account.',
  'Users must be 13 years old or older.',
  'Employees must be aware that posts are public.',
];

describe('English prohibitions', () => {
  for (const [pattern, cases] of Object.entries(PROHIBITIONS)) {
    describe(pattern, () => {
      it.each(cases)('%s', (input, expected) => {
        const r = reword(input, 'prohibition');
        expect(r?.pattern).toBe(pattern);
        expect(r?.result).toBe(expected);
      });
    });
  }

  it('has at least 12 patterns with several sentences each', () => {
    expect(Object.keys(PROHIBITIONS).length + 1).toBeGreaterThanOrEqual(12);
    for (const cases of Object.values(PROHIBITIONS)) expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  it.each(NO_PROHIBITION_REWORDING)('leaves alone: %s', (input) => {
    expect(reword(input, 'prohibition')).toBeNull();
  });
});

describe('English cold obligations (en/count-on)', () => {
  it.each(OBLIGATIONS)('%s', (input, expected) => {
    const r = reword(input, 'obligation');
    expect(r?.pattern).toBe('en/count-on');
    expect(r?.result).toBe(expected);
  });

  it.each(NO_OBLIGATION_REWORDING)('leaves alone: %s', (input) => {
    expect(reword(input, 'obligation')).toBeNull();
  });
});

describe('English rewordings stay faithful', () => {
  const all = Object.values(PROHIBITIONS).flat();

  it.each(all.filter(([input]) => / (?:without|unless) /.test(input)))(
    'keeps the condition of: %s',
    (input) => {
      const result = reword(input, 'prohibition')!.result;
      const condition = input.match(/ (?:without|unless) (.+?)(?: is not allowed)?\.$/)![1];
      // A gerund ("checking") may become a base form ("check"): compare its stem.
      for (const w of condition.split(/\s+/).filter((x) => x.length > 3))
        expect(result).toContain(w.replace(/ing$/, ''));
    },
  );

  it.each(all.filter(([input]) => /hate|hateful|abusive|offensive|harassment|attacks/.test(input)))(
    'still names the hurtful words of: %s',
    (input) => {
      const result = reword(input, 'prohibition')!.result;
      for (const w of input.match(/hate speech|hateful|abusive|offensive|harassment|attacks/g) ?? [])
        expect(result).toContain(w);
    },
  );

  it.each(all)('no longer reads as a prohibition: %s', (input) => {
    const result = reword(input, 'prohibition')!.result;
    expect(classifySentence(result, 'en').label).not.toBe('prohibition');
  });
});
