import type { RoleId } from '../../../../shared/model/ids';
import type { GameView } from '../../../../shared/view/types';
import type { DebriefPayload, SeatNames } from '../../model/debrief';
import type { App } from '../../state/port';
import type { AppState } from '../../state/state';

/** What every debrief section is drawn from. */
export interface Ctx {
  state: AppState;
  app: App;
  view: GameView;
  data: DebriefPayload;
  names: SeatNames;
  roleAt: (seat: number) => RoleId | undefined;
}
