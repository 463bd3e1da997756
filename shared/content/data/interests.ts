import type { InterestCard } from '../schema';
import { INTERESTS_A } from './interests-a';
import { INTERESTS_B } from './interests-b';

/** All interest decks, four per role. Split over two files only to keep each file short. */
export const INTERESTS_DATA: InterestCard[] = [...INTERESTS_A, ...INTERESTS_B];
