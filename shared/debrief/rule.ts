import type { Text } from '../model/ids';
import type { Facts } from './facts';
import type { Figures } from './types';

// A lesson rule reads the game's facts and, when the game shows its lesson, returns the figures
// that show it and how strongly (0–1). Its sentence is a template over those figures.

export interface LessonRule {
  id: string;
  lessonId: string;
  tone: 'good' | 'gap';
  template: Text;
  read(f: Facts): { strength: number; figures: Figures } | null;
}
