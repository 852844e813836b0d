/**
 * The words a generated history's person writes: short notes in their own voice, the habits they
 * keep, and the words of one's own they add to the emotions. Gender-neutral throughout ("my ex",
 * "they"), no real people, nothing that names anyone.
 */

/** Emotions the person adds to the list along the way (none of them built in). */
export const OWN_EMOTION_WORDS = ['restless', 'nostalgic', 'homesick', 'peaceful'] as const;

export const LOW_MOOD_NOTES = [
  'Hard morning. Their name came up at work and it knocked me sideways.',
  'Could not sleep, kept replaying the last conversation.',
  'Saw a couple at the café and had to leave.',
  'Cried on the bus home. Then felt a bit lighter.',
  'Everything feels heavy today.',
  'Wanted to text them. Wrote it in here instead.',
  'Found one of their jumpers in the wardrobe.',
  'Lonely evening. Made tea and went to bed early.',
] as const;

export const MIDDLE_MOOD_NOTES = [
  'An ordinary day, which is something.',
  'Walked the long way home and it helped.',
  'Bit up and down, but I got through the list.',
  'Called an old friend. Talked about other things for once.',
  'Tired but steady.',
  'Cooked properly for the first time in a while.',
] as const;

export const HIGH_MOOD_NOTES = [
  'Laughed properly at dinner with friends.',
  'Good run this morning. Felt strong.',
  'Did not think about them until the evening.',
  'Signed up for the pottery class. Nervous and excited.',
  'Quiet, content Sunday.',
  'Proud of how I handled today.',
  'Sun was out, so was I.',
] as const;

export const SKIP_NOTES = ['Ill today', 'Travelling', 'Rest day', 'Day off on purpose'] as const;
export const CHECKIN_NOTES = [
  'Harder than usual',
  'Easy today',
  'With a friend',
  'Short one, still counts',
] as const;

export const DO_DIFFERENTLY = [
  'Take a breath before answering.',
  'Say what I need sooner, and more plainly.',
  'Leave the logistics for a calmer moment.',
  'Listen to the end before replying.',
  'Step away when it gets heated, and say I will come back to it.',
] as const;

export const CONVERSATION_NOTES = [
  'Kept it short and kind.',
  'It went better than I feared.',
  'Old patterns came up, but I noticed them.',
  'We agreed on the weekend plan without a fight.',
  'I said no and did not over-explain.',
] as const;

export const TRUST_NOTES = [
  'A good talk about the small things.',
  'Felt a bit on edge after the weekend.',
  'They kept their word about Friday.',
  'We argued, then actually repaired it.',
] as const;

export const STAGE_REASONS = {
  decide: 'I feel steadier now, and ready to look at it honestly.',
} as const;

export const HONEST_NOTES = [
  'Some days are still rough, but they are fewer.',
  'I am sleeping better and seeing friends again.',
] as const;

export const CHANGE_NOTE =
  'I go to a weekly therapy session and I say what I need instead of going quiet.';

export const APOLOGY_WORDS = {
  owningDraft: 'I know I shut you out when things got hard, and that hurt you.',
  owning:
    'I know I shut you out when things got hard, and that left you feeling alone. You were right to be upset.',
  changes:
    'I have been seeing a therapist, and I have learned to say what I need instead of going quiet.',
  tryAgain:
    'I would like to try again, slowly, if you want that too. If you do not, I understand and I accept it.',
} as const;
