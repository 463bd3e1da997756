import { describeRolesAt } from './roles';

// Every role at a table of 8: the dilemma, and every interest card met by its holder in 20–85% of
// games (as Verbinder or as Eigen belang, whichever serves it better), by an idle holder in ≤ 25%.
describeRolesAt(8, 120, 20);
