// Reflections: the debrief's discussion questions answered by the players on their own devices
// (docs/FACILITATOR.md "De nabespreking"). Zod-free, so the browser imports it too.

/** The longest answer, in characters (after trimming). */
export const REFLECTION_MAX = 280;
/** How many answers one seat may give in a game, and a room in all. */
export const REFLECTIONS_PER_SEAT = 30;
export const REFLECTIONS_PER_ROOM = 400;

/** The question every debrief asks. The others are `lesson:<lessonId>`: the lessons' prompts. */
export const MAIN_QUESTION = 'samenwerking';
export const lessonQuestion = (lessonId: string): string => `lesson:${lessonId}`;
/** The lesson a question id names, or null for the main question (or an id of another shape). */
export function questionLesson(questionId: string): string | null {
  return questionId.startsWith('lesson:') ? questionId.slice(7) || null : null;
}

/**
 * One answer as a client receives it (`reflections` message). `author` (the seat's name) only
 * when the room's answers are not anonymous; never for a hidden answer, whose text is '' for everyone.
 * `mine`: sent only to the answer's own author.
 */
export interface ReflectionItem {
  id: string;
  questionId: string;
  text: string;
  author?: string;
  hidden: boolean;
  mine?: boolean;
}

/** A client's list after a `reflections` message: the whole list, or the items that changed put in place (new ones after). */
export function mergeReflections(prev: ReflectionItem[], msg: { items: ReflectionItem[]; full?: boolean }): ReflectionItem[] {
  if (msg.full !== false) return msg.items;
  const byId = new Map(msg.items.map((r) => [r.id, r]));
  const out = prev.map((r) => byId.get(r.id) ?? r);
  const known = new Set(prev.map((r) => r.id));
  for (const r of msg.items) if (!known.has(r.id)) out.push(r);
  return out;
}
