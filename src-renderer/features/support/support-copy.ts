/*
 * The words of the Support page and of the gentle lines that point to it, written for someone
 * having a very hard night: short, warm, never alarmist, no guilt. Everything here ships with the
 * app: no links to websites, and numbers are plain text to call from a phone.
 *
 * Only widely known numbers, each with where it works. Where each comes from (checked on the
 * service's own site):
 * - 112: the European Union's emergency number, European Commission,
 *   https://digital-strategy.ec.europa.eu/en/policies/112
 * - 911: United States, https://www.911.gov; Canada, https://www.canada.ca (9-1-1)
 * - 999: United Kingdom, https://www.gov.uk/guidance/999-and-112-the-uks-national-emergency-numbers
 * - 000: Australia, https://www.triplezero.gov.au
 * - 988 Suicide & Crisis Lifeline (United States, call or text), https://988lifeline.org
 * - 9-8-8: Suicide Crisis Helpline (Canada, call or text), https://988.ca
 * - Samaritans 116 123 (United Kingdom and Ireland), https://www.samaritans.org
 * - Lifeline 13 11 14 (Australia), https://www.lifeline.org.au
 * - National Domestic Violence Hotline 1-800-799-7233 (United States), https://www.thehotline.org
 * - National Domestic Abuse Helpline 0808 2000 247 (run by Refuge for women and those
 *   supporting them, England), https://www.nationaldahelpline.org.uk
 * - Men's Advice Line 0808 801 0327 (United Kingdom, run by Respect), https://respect.uk.net
 * - Galop 0800 999 5428 (United Kingdom, the LGBT+ domestic abuse helpline), https://galop.org.uk
 * - 1800RESPECT 1800 737 732 (Australia), https://www.1800respect.org.au
 * The crisis helplines (988, 9-8-8, Samaritans, Lifeline) answer day and night, every day, on
 * their own sites' word, so the page may say "day or night" of them. Not every domestic abuse line
 * does (the Men's Advice Line and Galop keep set hours), so that part says so and points to the
 * emergency number, which always answers.
 */

import { SUPPORT_KEY } from '../../../src-main/shared/sections';

/** One number to call, with where it works. */
export interface SupportNumber {
  readonly number: string;
  readonly name: string;
  readonly where: string;
}

/** The parts of the page, each reachable as `#/support?part=<id>`. */
export const SUPPORT_PARTS = [
  'emergency',
  'someone-you-trust',
  'professional-help',
  'unsafe-contact',
] as const;
export type SupportPart = (typeof SUPPORT_PARTS)[number];

/** The address of the Support page, or of one part of it. */
export function supportHref(part?: SupportPart): string {
  return part === undefined ? '#/support' : `#/support?part=${part}`;
}

export const SUPPORT_TITLE = 'Support';
export const SUPPORT_LEAD =
  'If tonight is hard, you do not have to get through it alone. Here is who you can turn to.';
export const SUPPORT_HOW_TO_OPEN =
  `You can open this page from anywhere in Mending: Support is always in the navigation, or ` +
  `press ${SUPPORT_KEY}.`;
export const SUPPORT_OFFLINE =
  'This page is part of Mending, so it is here even without an internet connection. The numbers ' +
  'are written out for you to call from a phone; Mending itself never calls or sends anything.';
export const CONTENTS_NAME = 'On this page';

export const EMERGENCY = {
  title: 'In an emergency',
  now: 'If you are in danger, or you might hurt yourself, call your local emergency number now.',
  notAlone:
    'If you are thinking about hurting yourself, please do not stay alone tonight: ask someone to ' +
    'come and be with you, or go to a hospital emergency department.',
  numbersName: 'Emergency numbers',
  numbers: [
    { number: '112', name: 'Emergency', where: 'European Union, and many other countries' },
    { number: '911', name: 'Emergency', where: 'United States and Canada' },
    { number: '999', name: 'Emergency', where: 'United Kingdom (112 works there too)' },
    { number: '000', name: 'Emergency', where: 'Australia' },
  ] satisfies readonly SupportNumber[],
  checkLocal:
    'Somewhere else? Check the emergency number where you are: most phones can call it from the ' +
    'lock screen, without unlocking.',
} as const;

export const SOMEONE_YOU_TRUST = {
  title: 'Reach out to someone you trust',
  askIsFine:
    'A friend, someone in your family, a neighbour, someone from work or school: it is all right ' +
    'to ask. People who care about you usually want to know when you are struggling, even late, ' +
    'even if you have not talked in a while.',
  wordsIntro: 'You do not need the right words. You could say:',
  words: [
    '“I’m having a really hard night. Could we talk for a bit?”',
    '“I don’t need advice. I just don’t want to be alone right now.”',
    '“Could you check in on me tomorrow?”',
  ],
  ifNoAnswer:
    'If the first person you try cannot talk, that says nothing about you: try someone else, or ' +
    'one of the helplines below.',
} as const;

export const PROFESSIONAL_HELP = {
  title: 'Find professional help',
  doctor:
    'A doctor, such as your family doctor or GP, can listen, ask how you are sleeping and eating, ' +
    'and help you find a counsellor or therapist near you.',
  therapist:
    'A counsellor or therapist is trained to help with a loss like this one. You do not need to ' +
    'be in crisis to see one. The progress report Mending makes can help you show them how things ' +
    'have been.',
  helplinesIntro:
    'A helpline is someone to talk to, day or night. You do not have to be thinking about suicide ' +
    'to call: they are there for anyone who is struggling.',
  numbersName: 'Helplines',
  numbers: [
    { number: '988', name: 'Suicide & Crisis Lifeline (call or text)', where: 'United States' },
    { number: '9-8-8', name: 'Suicide Crisis Helpline (call or text)', where: 'Canada' },
    { number: '116 123', name: 'Samaritans', where: 'United Kingdom and Ireland' },
    { number: '13 11 14', name: 'Lifeline', where: 'Australia' },
  ] satisfies readonly SupportNumber[],
  checkLocal:
    'Somewhere else? Your doctor or local health service can tell you the helpline where you live.',
} as const;

export const UNSAFE_CONTACT = {
  title: 'When contact with your ex is unsafe',
  safetyFirst:
    'Your safety comes first. If your ex frightens you, threatens you, hurts you, or controls you ' +
    '(your money, your phone, who you see), you do not owe them contact, a reply or an apology. ' +
    'None of it is your fault.',
  danger:
    'If you are in danger right now, call the emergency number where you are: emergency services ' +
    'can send help.',
  safeCalling:
    'If your ex can see your phone’s call history or bill, call from a phone they cannot check, ' +
    'such as a friend’s.',
  // Literally true: the data file has no password and is not encrypted (see the README's "Where
  // your data lives"), so Mending is no safe place for a record an abusive ex might look for.
  records:
    'Keep a record: save messages, and write down dates, times and what happened. Keep it ' +
    'somewhere your ex cannot reach: Mending has no password and is not encrypted, so anyone who ' +
    'can use this computer can open it and read what you wrote. A domestic abuse helpline can help ' +
    'you keep records safely.',
  sharedChildren:
    'If you share children or a court order, a helpline or a lawyer can help keep the contact you ' +
    'still have brief and safe.',
  helplinesIntro:
    'A domestic abuse helpline can help you plan how to stay safe, in confidence, and point you ' +
    'to services near you:',
  numbersName: 'Domestic abuse helplines',
  numbers: [
    {
      number: '1-800-799-7233',
      name: 'National Domestic Violence Hotline',
      where: 'United States',
    },
    {
      number: '0808 2000 247',
      name: 'National Domestic Abuse Helpline, run by Refuge for women and those supporting them',
      where: 'England',
    },
    {
      number: '0808 801 0327',
      name: 'Men’s Advice Line, for men',
      where: 'United Kingdom',
    },
    {
      number: '0800 999 5428',
      name: 'Galop, for LGBT+ people',
      where: 'United Kingdom',
    },
    {
      number: '1800 737 732',
      name: '1800RESPECT',
      where: 'Australia',
    },
  ] satisfies readonly SupportNumber[],
  hours:
    'Not every line here is open at night. If one is closed and you are in danger, the emergency ' +
    'number always answers.',
  checkLocal:
    'Somewhere else? The police or a doctor can tell you the domestic abuse service where you live.',
} as const;

// ---- The gentle lines elsewhere in the app ----

/** After a very low mood entry (see src-main/shared/support-signposts.ts), at most once a day. */
export const AFTER_LOW_ENTRY = {
  text: 'If things feel heavy right now, you do not have to carry it alone: there are people you can reach.',
  link: 'See Support',
} as const;

/** After contact with the ex recorded as hostile, each time. */
export const AFTER_HOSTILE_CONTACT = {
  text: 'Contact like that can be hard to carry. If you ever feel unsafe, you do not owe your ex contact.',
  link: 'When contact with your ex is unsafe',
  // Literally true: the file has no password; the entry can be deleted from its list, with Undo.
  privacy:
    'Anything saved here can be read by anyone who opens Mending on this computer. If that could ' +
    'be your ex, you can delete this entry.',
} as const;

export const CLOSE_SIGNPOST = 'Close';
export const CLOSE_SIGNPOST_NAME = 'Close this note';
