/**
 * English word lists the rewordings need: permissions, people, secrets, confidential information,
 * hurtful speech and content, and verb counterparts.
 */

/** The head of a permission: "without X" becomes "once you have X" / "only with X". */
export const PERMISSION_HEAD =
  /^(?:consent|permission|approval|authori[sz]ation|sign-off|go-ahead|clearance|release|waiver|agreement|okay|OK|authority)$/i;

/** People a rule speaks to or about. */
export const PERSON =
  /^(?:staff|employees?|users?|members?|students?|teachers?|administrators?|admins?|managers?|moderators?|volunteers?|coaches|coach|contributors?|parents?|visitors?|commenters?|participants?|personnel|faculty|officials?|supervisors?|principals?|superintendents?|delegates?|everyone|everybody|holders?|owners?|interns?|contractors?|workers?|representatives?|councillors?|councilors?|officers?|instructors?|educators?|professors?|leaders?|followers?|people|persons?|individuals?|candidates?|spokespeople|spokespersons?|you)$/i;

/** Words that may open a subject and lose their capital inside a sentence. */
export const COMMON_OPENER =
  /^(?:the|all|every|each|our|your|their|these|those|any|staff|employees?|users?|members?|students?|teachers?|page|school|district|university|social|account|administrators?|managers?|moderators?|volunteers?|coaches|parents?|visitors?|personnel|faculty|everyone|contributors?|interns?|officials?|supervisors?|comments?|posts?|photos?|content|accounts?|harassment|threats?|hate|personal|abusive|offensive|swearing|profanity|spam|advertising|sales|discriminatory|racist|sexist|bullying|trolling|insults?|attacks?|political|partisan|commercial|hateful|obscene|vulgar|defamatory|misinformation|self-promotion|solicitation|links?|language|remarks?|slurs?|messages?|images?)$/i;

/** Secrets one keeps to oneself: "Keep your password to yourself". */
export const SECRET =
  /^(?:(?:your|their|his|her|the|any|our|official|account|district|school|login|access)\s+)*(?:passwords?|passcodes?|logins?|login (?:details|credentials|information)|credentials|pins?|access codes?|security codes?|two-factor codes?|personal details|personal information|contact details|phone numbers?|home address(?:es)?)\b/i;

/** Markers of confidential or personal information. */
export const CONFIDENTIAL =
  /\b(?:confidential|private|internal|proprietary|sensitive|not yet public|non-public|unreleased|personal (?:details|information|data)|full names?|last names?|home address(?:es)?|phone numbers?|student numbers?|birth dates?|dates? of birth|medical|health information)\b/i;

/** Hurtful speech and content: the object of a rule about respectful speech. */
export const HURTFUL =
  /\b(?:hate|hateful|hate speech|abusive|offensive|obscene|vulgar|profane|profanity|swearing|racist|sexist|homophobic|transphobic|xenophobic|discriminatory|defamatory|derogatory|demeaning|insulting|insults?|slurs?|threats?|threatening|harassing|harassment|bullying|personal attacks?|attacks|disrespectful|degrading|humiliating|violent|inflammatory|bigoted|cruel|mean|nasty|rude)\b/i;

/** Content a place can be kept free of (the head of a nominal prohibition). */
export const CONTENT =
  /\b(?:speech|harassment|threats?|attacks?|insults?|slurs?|swearing|profanity|spam|advertising|ads|advertisements?|sales pitches|pitches|solicitation|propaganda|comments?|messages?|posts?|content|language|remarks?|bullying|trolling|abuse|discrimination|misinformation|disinformation|self-promotion|promotions?|links?|memes?|campaigning|endorsements?)\b/i;

/** Verbs that make something public or hand it over. */
export const DISCLOSE =
  /^(?:share|give out|hand out|give away|disclose|reveal|post|publish|release|leak|send|tell|pass on|pass along|lend|give|forward|upload|tweet|repost|reshare|discuss|display|show|print|email|text|distribute|circulate|broadcast|stream|livestream|publicize|expose)$/i;

/** Verbs that put words out: the verb of a rule about hurtful speech. */
export const SAY =
  /^(?:post|publish|share|write|use|make|send|tweet|repost|reshare|upload|spread|leave|say|comment|reply|respond|forward|circulate|distribute|display|engage in|message|text|email)$/i;

/** Verbs of disrespect toward people: "Treat X with respect". */
export const DISRESPECT =
  /^(?:insult|harass|bully|threaten|intimidate|mock|belittle|demean|attack|abuse|ridicule|humiliate|troll|bait|make fun of|start fights with|pick fights with|gang up on|talk down to|pick on|offend|criticize)$/i;

/** Verbs with a positive counterpart, and the objects the counterpart is safe with. */
export const ANTONYMS: Record<string, { to: string; object: RegExp; suffix?: string }> = {
  damage: { to: 'protect', object: /\b(?:reputation|image|name|brand|trust|security|equipment|devices?)\b/i },
  harm: { to: 'protect', object: /\b(?:reputation|image|name|brand|trust|security|privacy|safety)\b/i },
  tarnish: { to: 'protect', object: /\b(?:reputation|image|name|brand)\b/i },
  hurt: { to: 'protect', object: /\b(?:reputation|image|name|brand)\b/i },
  violate: {
    to: 'respect',
    object: /\b(?:rules?|polic(?:y|ies)|guidelines?|privacy|confidentiality|rights?|trust)\b/i,
  },
  breach: {
    to: 'respect',
    object: /\b(?:rules?|polic(?:y|ies)|guidelines?|privacy|confidentiality|trust)\b/i,
  },
  break: { to: 'follow', object: /\b(?:rules?|guidelines?)\b/i },
  ignore: { to: 'follow', object: /\b(?:rules?|polic(?:y|ies)|guidelines?|instructions?|procedures?)\b/i },
  circumvent: {
    to: 'follow',
    object: /\b(?:rules?|polic(?:y|ies)|procedures?|controls?|filters?|settings?)\b/i,
  },
  bypass: { to: 'follow', object: /\b(?:rules?|polic(?:y|ies)|procedures?|controls?|filters?|settings?)\b/i },
  neglect: { to: 'take care of', object: /\b(?:security|accounts?|passwords?|equipment|devices?|duties)\b/i },
  misuse: { to: 'use', object: /./, suffix: ' appropriately' },
};
