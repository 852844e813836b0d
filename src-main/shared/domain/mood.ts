/** Emotions offered with every mood entry; people add their own in Settings. */
export const EMOTION_TAGS = [
  'calm',
  'hopeful',
  'grateful',
  'proud',
  'relieved',
  'lonely',
  'sad',
  'anxious',
  'angry',
  'numb',
  'confused',
  'tired',
] as const;

export const MOOD_NOTE_MAX = 5000;
