import { z } from 'zod';
import { SourceSchema, TextSchema, type Content } from './schema';

// Where each lesson was done for real: the place in the seeds, the project card when the game has
// one, and what they did there. Kept beside the content (not in it), checked against it on loading:
// every lesson has a practice, and a practice names a lesson and a project that exist.

export const PracticeSchema = z
  .object({
    id: z.string().regex(/^pr-[a-z0-9-]+$/),
    lesson: z.string().regex(/^l-[a-z0-9-]+$/),
    place: z.string().min(1).max(60),
    project: z.string().regex(/^p-[a-z0-9-]+$/).nullable(),
    what: TextSchema,
    source: SourceSchema,
  })
  .strict();

export type LessonPractice = z.infer<typeof PracticeSchema>;

/** Parse the practices and check them against the content. Throws a readable error for the first problem. */
export function loadPractices(raw: unknown, content: Content): LessonPractice[] {
  const list = z.array(PracticeSchema).parse(raw);
  const ids = new Set<string>();
  for (const p of list) {
    if (ids.has(p.id)) throw new Error(`practice ${p.id} appears twice`);
    ids.add(p.id);
    if (!content.lessons.some((l) => l.id === p.lesson)) throw new Error(`practice ${p.id}: unknown lesson ${p.lesson}`);
    if (p.project && !content.projects.some((x) => x.id === p.project)) throw new Error(`practice ${p.id}: unknown project ${p.project}`);
  }
  for (const l of content.lessons) if (!list.some((p) => p.lesson === l.id)) throw new Error(`lesson ${l.id} has no practice`);
  return list;
}
